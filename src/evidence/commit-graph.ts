import type { Commit } from './commit-shapes.js'

/** A commit with its place in the log that read it. */
export interface NumberedCommit extends Commit {
  n: number
}

/**
 * The commits of a range numbered once, so that the walks an audit makes over tens of thousands
 * of them (what a tip reaches, which merge brought each commit in) run over arrays of numbers
 * rather than sets of ids.
 */
export class CommitGraph {
  private readonly shas: string[]
  /** Parent numbers of each commit; a parent outside the range has none. */
  private readonly parents: number[][] = []
  /** The parents outside the range (boundary commits), by the number of their child. */
  private readonly outside = new Map<number, string[]>()

  /** `commits` numbered 0, 1, … in their order, as the log reader numbers them. */
  constructor(private readonly commits: Map<string, NumberedCommit>) {
    this.shas = [...commits.keys()]
    for (const commit of commits.values()) {
      const numbers = commit.parents.map(p => commits.get(p)?.n ?? -1)
      if (numbers.includes(-1))
        this.outside.set(
          this.parents.length,
          commit.parents.filter((_, i) => numbers[i] === -1)
        )
      this.parents.push(numbers)
    }
  }

  numberOf(sha: string): number | undefined {
    return this.commits.get(sha)?.n
  }

  /** The commits reachable from a tip inside the range. */
  reach(tip: string): Reach {
    const marks = new Uint8Array(this.shas.length)
    const start = this.numberOf(tip)
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
  parentsOutside(from: Reach): Set<string> {
    const found = new Set<string>()
    for (const [n, parents] of this.outside)
      if (from.hasNumber(n)) for (const parent of parents) found.add(parent)
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
    for (let n = this.numberOf(tip) ?? -1; n >= 0 && !skipped(n); n = this.parents[n]![0] ?? -1)
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
    const rank = new Int32Array(this.shas.length)
    order.forEach((n, i) => (rank[n] = i))
    const shas = this.shas
    return {
      of: sha => {
        const n = this.numberOf(sha)
        return n === undefined || owner[n]! < 0 ? undefined : shas[owner[n]!]
      },
      entriesOf: wanted => {
        const found: number[] = []
        for (const sha of wanted) {
          const n = this.numberOf(sha)
          if (n !== undefined && owner[n]! >= 0) found.push(n)
        }
        return found
          .sort((a, b) => rank[a]! - rank[b]!)
          .map(n => [shas[n]!, shas[owner[n]!]!] as [string, string])
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
  /**
   * Those of `wanted` that the tip reaches, each with its owner, oldest merge first (in a merge,
   * as the walk met them): a few hundred commits, without a pass over the tens of thousands.
   */
  entriesOf(wanted: Iterable<string>): [string, string][]
}
