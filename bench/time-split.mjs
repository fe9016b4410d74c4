// How long at least one git was running during a kep-gate run, from git's own trace (trace2,
// GIT_TRACE2_EVENT): every git process writes when it started and when it exited. Overlapping
// gits count once, so the figure is the part of the run spent waiting on git, whatever our code
// did meanwhile.
import fs from 'node:fs'

/** Milliseconds within [fromMs, toMs] (epoch ms) when some git traced in `file` was running. */
export function gitBusyMs(file, fromMs, toMs) {
  let text
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch {
    return 0 // no git ran
  }
  const spans = new Map()
  for (const line of text.split('\n')) {
    if (!line.trim()) continue
    const event = JSON.parse(line)
    if (!event.time || !event.sid) continue
    const at = epochMs(event.time)
    const span = spans.get(event.sid) ?? { start: at, end: at }
    span.start = Math.min(span.start, at)
    span.end = Math.max(span.end, at)
    spans.set(event.sid, span)
  }
  const sorted = [...spans.values()]
    .map(s => ({ start: Math.max(s.start, fromMs), end: Math.min(s.end, toMs) }))
    .filter(s => s.end > s.start)
    .sort((a, b) => a.start - b.start)
  let busy = 0
  let until = -Infinity
  for (const { start, end } of sorted) {
    if (end <= until) continue
    busy += end - Math.max(start, until)
    until = end
  }
  return busy
}

/** trace2 writes `2025-11-30T15:13:48.123456Z`: microseconds, which Date.parse would drop. */
function epochMs(time) {
  const match = /^(.{19})(?:\.(\d+))?Z$/.exec(time)
  if (!match) return Date.parse(time)
  return Date.parse(`${match[1]}Z`) + Number(`0.${match[2] ?? '0'}`) * 1000
}
