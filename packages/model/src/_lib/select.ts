/**
 * Order statistics without a full sort: `selectRanks` rearranges an array so that each asked rank holds the
 * value a sort would put there (Hoare's quickselect, median-of-three pivots). The middle asked rank is placed
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
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // median of three as pivot, moved to `lo`
    if (a[mid]! < a[lo]!) swap(a, mid, lo);
    if (a[hi]! < a[lo]!) swap(a, hi, lo);
    if (a[hi]! < a[mid]!) swap(a, hi, mid);
    swap(a, lo, mid);
    const pivot = a[lo]!;
    let i = lo;
    let j = hi + 1;
    for (;;) {
      do i++;
      while (i <= hi && a[i]! < pivot);
      do j--;
      while (a[j]! > pivot);
      if (i >= j) break;
      swap(a, i, j);
    }
    swap(a, lo, j);
    if (j === k) return;
    if (j < k) lo = j + 1;
    else hi = j - 1;
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
