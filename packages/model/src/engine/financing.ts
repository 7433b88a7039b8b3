/**
 * The sponsor's bonds (MODEL.md, "Funding waterfall"): the opening ladder, bonds issued during the run at
 * the rate of the day, coupons on what is outstanding and maturities.
 */
import type { RunState, Tranche } from "./state.js";

/** Add a bond issued in the run: `annualRate` fixed for its life, maturing at quarter `maturity`. */
export function addTranche<T>(st: RunState<T>, principal: T, annualRate: number, maturity: number, term: number): void {
  const N = st.N;
  const tr: Tranche<T> = { principal, couponQ: N.scale(principal, annualRate / 4), amortEquiv: N.divInt(principal, term), maturity };
  const list = st.maturing[maturity];
  if (list) list.push(tr);
  else st.maturing[maturity] = [tr];
  st.bondsOut = N.add(st.bondsOut, principal);
  st.bondCouponSum = N.add(st.bondCouponSum, tr.couponQ);
  st.bondAmortSum = N.add(st.bondAmortSum, tr.amortEquiv);
}

/** Phase: coupons on every bond outstanding at the start of the quarter, then the quarter's maturities. */
export function serviceBonds<T>(st: RunState<T>): void {
  const N = st.N;
  const s = st.s;
  const q = st.q;
  const t = q.t;
  let maturities = N.zero;
  let bondInterest = st.bondCouponSum;
  let amortEquiv = st.bondAmortSum;
  if (N.isPositive(st.ladder)) {
    const slice = t >= s.sponsor.bondMaturityQuarters - 1 ? st.ladder : N.min(st.c.ladderSlice, st.ladder);
    bondInterest = N.add(bondInterest, N.scale(st.ladder, st.c.ladderRateQ));
    amortEquiv = N.add(amortEquiv, slice);
    maturities = slice;
    st.ladder = N.sub(st.ladder, slice);
  }
  const due = st.maturing[t];
  if (due) {
    for (const tr of due) {
      maturities = N.add(maturities, tr.principal);
      st.bondCouponSum = N.sub(st.bondCouponSum, tr.couponQ);
      st.bondAmortSum = N.sub(st.bondAmortSum, tr.amortEquiv);
    }
    st.maturing[t] = undefined;
  }
  st.bondsOut = N.sub(st.bondsOut, maturities);
  st.repaidCum = N.add(st.repaidCum, maturities);
  st.interestCum = N.add(st.interestCum, bondInterest);
  st.lenderCash = N.add(st.lenderCash, N.add(maturities, bondInterest));
  st.lenderEquity = N.add(st.lenderEquity, bondInterest);
  q.maturities = maturities;
  q.bondInterest = bondInterest;
  q.amortEquiv = amortEquiv;
}
