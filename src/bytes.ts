// Sizes and durations as maintainers read them, for every stage that prints one. Pure.

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

/** A wall-clock duration as people say it: `850 ms`, `48 s`, `2 min 48 s`, `1 h 3 min`. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '—'
  if (ms < 1000) return `${Math.round(ms)} ms`
  const s = Math.round(ms / 1000)
  if (s < 60) return `${s} s`
  if (s < 3600) return s % 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s / 60} min`
  const min = Math.round(s / 60)
  return min % 60 ? `${Math.floor(min / 60)} h ${min % 60} min` : `${min / 60} h`
}
