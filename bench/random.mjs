// A small seeded PRNG so every generated tree is byte-for-byte the same on every machine, which
// keeps benchmark numbers comparable between runs and between reviewers.

// mulberry32: tiny, fast, and good enough for picking words and sizes.
export function createRandom(seed) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = n => Math.floor(next() * n)
  return {
    next,
    int,
    between: (lo, hi) => lo + int(hi - lo + 1),
    chance: p => next() < p,
    pick: list => list[int(list.length)],
    // Standard normal via Box-Muller, for log-normal file sizes.
    normal: () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next())
  }
}
