import type { Commit } from './commit-shapes.js'

/**
 * The commits of a range numbered once, so that the walks an audit makes over tens of thousands
 * of them (what a tip reaches, which merge brought each commit in) run over arrays of numbers
 * rather than sets of ids.
 */
export class CommitGraph {
  private readonly index = new Map<string, number>()
  private readonly shas: string[] = []
  /** Parent numbers of each commit; a parent outside the range has none. */
  private readonly parents: number[][] = []

  constructor(commits: Map<string, Commit>) {
    for (const sha of commits.keys()) {
      this.index.set(sha, this.shas.length)
      this.shas.push(sha)
    }
    for (const commit of commits.values())
      this.parents.push(commit.parents.map(p => this.index.get(p) ?? -1))
  }

  numberOf(sha: string): number | undefined {
    return this.index.get(sha)
  }

  /** The commits reachable from a tip inside the range. */
  reach(tip: string): Reach {
    const marks = new Uint8Array(this.shas.length)
    const start = this.index.get(tip)
    const stack = start === undefined ? [] : [start]
    while (stack.length > 0) {
      const n = stack.pop()!
      if (marks[n]) continue
      marks[n] = 1
      for (const p of this.parents[n]!) if (p >= 0 && !marks[p]) stack.push(p)
    }
    return new Reach(this, marks)
  }

  /** The parents outside the range (boundary commits) of the commits in `from`. */
  parentsOutside(from: Reach, commits: Map<string, Commit>): Set<string> {
    const found = new Set<string>()
    for (const sha of from.list())
      for (const parent of commits.get(sha)!.parents) if (!this.index.has(parent)) found.add(parent)
    return found
  }

  /**
   * For each commit reachable from `tip`, the first-parent commit that brought it in: a merge for
   * the commits of the branch it merged, or the commit itself. One walk, oldest merge first, so
   * each commit goes to the earliest merge that contains it. Commits in `skip` (those of another
   * branch) are neither owned nor walked through.
   */
  owners(tip: string, skip?: Reach): Owners {
    const owner = new Int32Array(this.shas.length).fill(-1)
    const order: number[] = []
    const skipped = (n: number) => skip?.hasNumber(n) ?? false
    const chain: number[] = []
    for (let n = this.index.get(tip) ?? -1; n >= 0 && !skipped(n); n = this.parents[n]![0] ?? -1)
      chain.push(n)
    for (const mainline of chain.reverse()) {
      owner[mainline] = mainline
      order.push(mainline)
      const stack = this.parents[mainline]!.slice(1)
      while (stack.length > 0) {
        const n = stack.pop()!
        if (n < 0 || owner[n]! >= 0 || skipped(n)) continue
        owner[n] = mainline
        order.push(n)
        for (const p of this.parents[n]!) stack.push(p)
      }
    }
    const shas = this.shas
    return {
      of: sha => {
        const n = this.index.get(sha)
        return n === undefined || owner[n]! < 0 ? undefined : shas[owner[n]!]
      },
      *entries() {
        for (const n of order) yield [shas[n]!, shas[owner[n]!]!] as [string, string]
      }
    }
  }

  shaOf(n: number): string {
    return this.shas[n]!
  }
}

/** A set of commits of a graph. */
export class Reach {
  constructor(
    private readonly graph: CommitGraph,
    private readonly marks: Uint8Array
  ) {}

  has(sha: string): boolean {
    const n = this.graph.numberOf(sha)
    return n !== undefined && this.marks[n] === 1
  }

  hasNumber(n: number): boolean {
    return this.marks[n] === 1
  }

  /** Its commits, newest first as the log gave them. */
  list(): string[] {
    const out: string[] = []
    this.marks.forEach((mark, n) => {
      if (mark) out.push(this.graph.shaOf(n))
    })
    return out
  }
}

export interface Owners {
  /** The first-parent commit that brought a commit in, if the tip reaches it. */
  of(sha: string): string | undefined
  /** Each commit with its owner, oldest merge first. */
  entries(): Iterable<[string, string]>
}
