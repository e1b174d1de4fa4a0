// Numbers as maintainers read them. Pure.

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
