// The action's `post:` step, run by the Actions runner as dist/post.js after the job's steps.
import { finishLeftPending } from './action/post.js'

await finishLeftPending()
