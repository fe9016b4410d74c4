import type { TargetMark, TargetVia } from './types.js'

// What the checklist comment says beyond the checklist: that the pull request's target moved,
// so a reader of the edited comment knows why its verdict may have changed.

const VIA_NAMES: Record<TargetVia, string> = {
  input: 'target-release',
  milestone: 'milestone',
  branch: 'branch',
  tag: 'git describe',
  hugo: 'hugo.toml'
}

function shown(target: TargetMark): string {
  return target.via ? `${target.release} (${VIA_NAMES[target.via]})` : target.release
}

/** `target moved from 1.37 (milestone) to 1.40 (milestone)`, as a line above the checklist. */
export function renderTargetMoved(from: TargetMark, to: TargetMark): string {
  return `> 🔀 target moved from ${shown(from)} to ${shown(to)}`
}
