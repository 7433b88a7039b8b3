/**
 * Order statistics without a full sort: `selectRanks` rearranges an array so that each asked rank holds the
 * value a sort would put there (Floyd–Rivest selection). The middle asked rank is placed
 * first and the ranks below and above it are searched for only on their side of it, so each search covers a
 * smaller range; a rank at the edge of its range is that range's minimum (or maximum), found in one scan — the
 * bands' percentiles ask for pairs of neighbouring ranks. Monte Carlo's bands need ten ranks of each quarter's
 * column of paths; a full sort of every column cost a tenth of a run.
 */

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}

/** Place the k-th smallest of a[lo..hi] at index k (values ≤ it before, ≥ it after). */
function selectRank(a: Float64Array, k: number, lo: number, hi: number): void {
  if (k === lo || k === hi) {
    // the range's minimum or maximum: one scan, one swap
    let at = k;
    for (let i = lo; i <= hi; i++) if (k === lo ? a[i]! < a[at]! : a[i]! > a[at]!) at = i;
    swap(a, k, at);
    return;
  }
  floydRivest(a, k, lo, hi);
}

/**
 * Floyd and Rivest's SELECT (1975): on a large range, first select k within a small sample-sized window around
 * where k's value should fall, so that the partition around it leaves little on k's side; then partition
 * around a[k]. About n + min(k, n − k) comparisons against quickselect's 2n–3n.
 */
function floydRivest(a: Float64Array, k: number, lo: number, hi: number): void {
  while (hi > lo) {
    if (hi - lo > 600) {
      const n = hi - lo + 1;
      const i = k - lo + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (i - n / 2 < 0 ? -1 : 1);
      floydRivest(a, k, Math.max(lo, Math.floor(k - (i * s) / n + sd)), Math.min(hi, Math.floor(k + ((n - i) * s) / n + sd)));
    }
    const pivot = a[k]!;
    let i = lo;
    let j = hi;
    swap(a, lo, k);
    if (a[hi]! > pivot) swap(a, hi, lo);
    while (i < j) {
      swap(a, i, j);
      i++;
      j--;
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
    }
    if (a[lo] === pivot) swap(a, lo, j);
    else {
      j++;
      swap(a, j, hi);
    }
    if (j <= k) lo = j + 1;
    if (k <= j) hi = j - 1;
  }
}

/** Place ranks[from..to] (ascending) in a[lo..hi], which holds exactly the values of ranks lo … hi. */
function selectRanksIn(a: Float64Array, ranks: readonly number[], from: number, to: number, lo: number, hi: number): void {
  if (from > to) return;
  const mid = (from + to) >>> 1;
  const k = ranks[mid]!;
  selectRank(a, k, lo, hi);
  selectRanksIn(a, ranks, from, mid - 1, lo, k - 1);
  selectRanksIn(a, ranks, mid + 1, to, k + 1, hi);
}

/**
 * Rearrange `a` so that for every rank r in `ranks`, a[r] is the r-th smallest value (0-based). Values are
 * compared with `<` (no NaN expected).
 */
export function selectRanks(a: Float64Array, ranks: readonly number[]): void {
  const sorted = [...new Set(ranks)].sort((x, y) => x - y);
  selectRanksIn(a, sorted, 0, sorted.length - 1, 0, a.length - 1);
}
