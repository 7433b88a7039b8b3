/**
 * Order statistics without a full sort: `selectRanks` rearranges an array so that each asked rank holds the
 * value a sort would put there (Hoare's quickselect, median-of-three pivots), ranks taken in ascending order so
 * that each search starts where the last one ended. Monte Carlo's bands need ten ranks of each quarter's
 * column of paths; a full sort of every column cost a tenth of a run.
 */

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}

/** Place the k-th smallest of a[lo..hi] at index k (values ≤ it before, ≥ it after). */
function selectRank(a: Float64Array, k: number, lo: number, hi: number): void {
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

/**
 * Rearrange `a` so that for every rank r in `ranks`, a[r] is the r-th smallest value (0-based). Values are
 * compared with `<` (no NaN expected).
 */
export function selectRanks(a: Float64Array, ranks: readonly number[]): void {
  const sorted = [...new Set(ranks)].sort((x, y) => x - y);
  let lo = 0;
  for (const r of sorted) {
    selectRank(a, r, lo, a.length - 1);
    lo = r + 1;
  }
}
