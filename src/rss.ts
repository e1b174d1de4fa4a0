// Resident memory of a soak's process group, read from Linux's /proc: the measure for a soak that
// is not Node.js (no probe in it). proc(5): /proc/<pid>/stat is "pid (comm) state ppid pgrp …",
// comm may hold spaces and parentheses, so fields are counted after the last ')'; field 24 is rss
// in pages.
import * as fs from 'node:fs'

export interface ProcStat {
  pid: number
  ppid: number
  pgrp: number
  /** Resident pages. */
  rssPages: number
}

/** The fields memgate needs from one /proc/<pid>/stat line, or null when it is not one. Pure. */
export function parseProcStat(text: string): ProcStat | null {
  const open = text.indexOf('(')
  const close = text.lastIndexOf(')')
  if (open < 0 || close < open) return null
  const pid = Number(text.slice(0, open).trim())
  // After ')': state(3) ppid(4) pgrp(5) … rss(24), so rss is the 22nd field after the name.
  const rest = text
    .slice(close + 1)
    .trim()
    .split(/\s+/)
  const ppid = Number(rest[1])
  const pgrp = Number(rest[2])
  const rssPages = Number(rest[21])
  if (![pid, ppid, pgrp, rssPages].every(Number.isFinite)) return null
  return { pid, ppid, pgrp, rssPages }
}

// The kernel's page size; 4 KiB on x86-64 and on the arm64 images GitHub runs.
const PAGE_SIZE = 4096

/** Total RSS in bytes of the live processes in process group `pgrp`, and how many there are. */
export function readGroupRss(pgrp: number): { rss: number; processes: number } {
  let rss = 0
  let processes = 0
  let names: string[]
  try {
    names = fs.readdirSync('/proc')
  } catch {
    return { rss: 0, processes: 0 }
  }
  for (const name of names) {
    if (name.charCodeAt(0) < 48 || name.charCodeAt(0) > 57) continue
    let text: string
    try {
      text = fs.readFileSync(`/proc/${name}/stat`, 'utf8')
    } catch {
      continue // it exited between readdir and read
    }
    const stat = parseProcStat(text)
    if (!stat || stat.pgrp !== pgrp || stat.rssPages === 0) continue
    rss += stat.rssPages * PAGE_SIZE
    processes++
  }
  return { rss, processes }
}
