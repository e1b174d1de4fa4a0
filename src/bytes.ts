// Sizes as maintainers read them, for every stage that prints one. Pure.

const UNITS = ['B', 'KiB', 'MiB', 'GiB']

/** Bytes in binary units: `512 B`, `1.5 KiB`, `-2.0 MiB`. */
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
