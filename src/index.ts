// The action's entry, run by the Actions runner as dist/index.js.
import { run } from './action/main.js'

await run()
