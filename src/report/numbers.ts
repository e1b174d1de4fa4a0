// Numbers as maintainers read them. Pure.
import { formatBytes } from '../bytes.js'

export { formatBytes } from '../bytes.js'
export { readablePath } from '../heap/attribution.js'

/** A growth rate such as "1.4 KiB/iteration" from bytes per unit and the unit string "bytes/iteration". */
export function formatRate(bytesPerUnit: number, unit: string): string {
  const per = unit.replace(/^bytes\//, '')
  const value = Math.abs(bytesPerUnit) < 10 ? bytesPerUnit.toFixed(2) : String(Math.round(bytesPerUnit))
  return Math.abs(bytesPerUnit) >= 1024 ? `${formatBytes(bytesPerUnit)}/${per}` : `${value} B/${per}`
}
