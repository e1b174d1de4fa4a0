// Numbers as maintainers read them. Pure.
import { shortPath } from '../heap/attribution.js'

const UNITS = ['B', 'KiB', 'MiB', 'GiB']

export function formatBytes(bytes: number): string {
  const sign = bytes < 0 ? '-' : ''
  let value = Math.abs(bytes)
  let unit = 0
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024
    unit++
  }
  return `${sign}${unit === 0 ? Math.round(value) : value.toFixed(1)} ${UNITS[unit]}`
}

/** A growth rate such as "1.4 KiB/iteration" from bytes per unit and the unit string "bytes/iteration". */
export function formatRate(bytesPerUnit: number, unit: string): string {
  const per = unit.replace(/^bytes\//, '')
  const value = Math.abs(bytesPerUnit) < 10 ? bytesPerUnit.toFixed(2) : String(Math.round(bytesPerUnit))
  return Math.abs(bytesPerUnit) >= 1024 ? `${formatBytes(bytesPerUnit)}/${per}` : `${value} B/${per}`
}

// A step into Node's module cache, as describePath names it: `["/abs/path/index.js"] Module @12`.
const CACHED_MODULE = /^\["((?:[^"\\]|\\.)*)"\] Module @\d+$/

/**
 * A retainer path as a reader follows it: what leads from the roots to a module's cache entry
 * (process, the loader, `Module._cache`) says nothing about the leak, so a path through a module
 * starts at the last one, named by its file from node_modules on. Other paths are kept whole.
 */
export function readablePath(path: string[]): string[] {
  for (let k = path.length - 1; k >= 0; k--) {
    const module = CACHED_MODULE.exec(path[k])
    if (!module) continue
    return [`module ${shortPath(module[1].replace(/\\(.)/g, '$1'))}`, ...path.slice(k + 1)]
  }
  return path
}
