/**
 * The opening servers rebuilt from a 10-K's property and equipment note (MODEL.md, "Opening balance sheet"):
 * the note gives the gross cost of servers and network assets, the year's depreciation and the useful life, not
 * the vintages. Quarterly purchases are taken to grow geometrically over the life, `a_k = a·x^(−k)` for the
 * cohort bought k quarters before the opening; the growth x is the one for which straight-line depreciation over
 * the prior life gives the reported year's depreciation on the reported gross cost. Each vintage is then carried
 * at its net book value.
 */

export interface ServerVintage {
  /** Quarters since purchase at the opening (1: the last quarter before it). */
  age: number;
  /** Gross cost (USD bn). */
  cost: number;
  /** Net book value at the opening (USD bn). */
  net: number;
}

/** Depreciation over the four quarters before the opening ÷ gross cost at the opening, for purchase growth x. */
function depreciationRatio(x: number, life: number): number {
  let gross = 0;
  for (let k = 1; k <= life; k++) gross += Math.pow(x, -k);
  let dep = 0;
  for (let j = 1; j <= 4; j++) for (let k = j + 1; k <= j + life; k++) dep += Math.pow(x, -k) / life;
  return dep / gross;
}

/**
 * Vintages of servers with gross cost `gross` at the opening, whose depreciation over the year to the opening
 * was `depreciation`, under a straight-line life of `life` quarters.
 *
 * @example
 * serverVintages(68.4, 11.3, 20).reduce((s, v) => s + v.cost, 0); // 68.4
 */
export function serverVintages(gross: number, depreciation: number, life: number): ServerVintage[] {
  if (!(gross > 0) || !(life >= 1)) return [];
  const target = Math.max(0, depreciation) / gross;
  // the ratio falls as purchases grow faster (recent, barely depreciated cohorts weigh more): bisect on x
  let lo = 0.8;
  let hi = 1.6;
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (depreciationRatio(mid, life) > target) lo = mid;
    else hi = mid;
  }
  const x = (lo + hi) / 2;
  let weights = 0;
  for (let k = 1; k <= life; k++) weights += Math.pow(x, -k);
  const a = gross / weights;
  const out: ServerVintage[] = [];
  for (let k = life; k >= 1; k--) {
    const cost = a * Math.pow(x, -k);
    out.push({ age: k, cost, net: cost * Math.max(0, 1 - (k - 1) / life) });
  }
  return out;
}
