import * as fs from 'node:fs'

/** A zombie waiting for a reaper that never comes (PID 1 in a container) is not running. */
export function isRunning(pid: number): boolean {
  try {
    return !/^State:\s+Z/m.test(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
  } catch {
    return false
  }
}
