import type { QuarterJson } from "@aidebt/model";

export type GodleyRowId = "cash" | "bonds" | "privateCredit" | "leases" | "other" | "gpu" | "shell" | "land" | "rightOfUse" | "netWorth" | "total";
export type GodleyColumn = "sponsor" | "spv" | "lenders" | "outside";

export interface GodleyRow {
  id: GodleyRowId;
  /** Entries by sector: assets +, liabilities and net worth −. */
  cells: Record<GodleyColumn, number>;
  /** Σ across sectors: zero for every financial row; the value of the real asset for real rows. */
  sum: number;
  /** Real assets have no counter-entry in another sector. */
  real: boolean;
}

/**
 * The three balance sheets of one quarter as a Godley balance-sheet matrix. Sponsor, SPV and lenders are
 * the model's sectors; "outside" holds the counter-entries of claims on the rest of the economy (deposits
 * held at banks, other operating assets and liabilities) and any residual, so that every financial row
 * sums to zero and every column (sector) sums to zero. Lease liabilities are a financial row; the right-of-use
 * assets that come with them are real. A non-zero residual in the bonds or private-credit
 * row would reveal a ledger that is not stock-flow consistent.
 */
export function godleyMatrix(q: QuarterJson): GodleyRow[] {
  const s = q.sponsor;
  const v = q.spv;
  const l = q.lenders;
  const row = (id: GodleyRowId, sponsor: number, spv: number, lenders: number, real = false, outside?: number): GodleyRow => {
    const inside = sponsor + spv + lenders;
    const out = real ? 0 : (outside ?? -inside);
    return { id, cells: { sponsor, spv, lenders, outside: out }, sum: inside + out, real };
  };
  const financial = [
    row("cash", s.assets.cash, v.assets.cash, l.assets.cash),
    row("bonds", -s.liabilities.bonds, 0, l.assets.bonds),
    row("privateCredit", -s.liabilities.consolidatedSpvDebt, -v.liabilities.debt, l.assets.privateCredit),
    // ASC 842 lease liabilities: owed to lessors, whose claim the model does not book (a vehicle that leases
    // to the sponsor keeps the building as its asset), so the counter-entry is outside.
    row("leases", -s.liabilities.leaseLiabilities, 0, 0),
    row("other", s.assets.other - s.liabilities.other, 0, 0),
  ];
  // Real assets of every sector (the SPV's GPUs exist only in ledgers where SPVs own GPUs).
  const spvGpu = (v.assets as { gpu?: number }).gpu ?? 0;
  const real = [
    row("gpu", s.assets.gpu, spvGpu, 0, true),
    row("shell", s.assets.shell, v.assets.shell, 0, true),
    row("land", s.assets.land, 0, 0, true),
    // The right to use leased buildings and GPUs (ASC 842): a non-financial asset, like the plant itself.
    row("rightOfUse", s.assets.rightOfUse, 0, 0, true),
  ];
  const outsideNet = financial.reduce((acc, r) => acc + r.cells.outside, 0);
  const netWorth = row("netWorth", -s.equity, -v.equity, -l.equity, false, -outsideNet);
  const rows = [...financial, ...real, netWorth];
  const columnSum = (c: GodleyColumn) => rows.reduce((acc, r) => acc + r.cells[c], 0);
  const total: GodleyRow = {
    id: "total",
    cells: { sponsor: columnSum("sponsor"), spv: columnSum("spv"), lenders: columnSum("lenders"), outside: columnSum("outside") },
    sum: rows.reduce((acc, r) => acc + r.sum, 0),
    real: false,
  };
  return [...rows, total];
}

/** Tolerance for "sums to zero" in USD bn (a thousandth of a million dollars). */
export const GODLEY_TOLERANCE = 1e-6;

/** Whether every financial row and every column sums to zero within the tolerance. */
export function godleyBalances(rows: readonly GodleyRow[]): boolean {
  const total = rows.find((r) => r.id === "total");
  const realSum = rows.filter((r) => r.real).reduce((acc, r) => acc + r.sum, 0);
  const netWorth = rows.find((r) => r.id === "netWorth");
  const financialOk = rows.filter((r) => !r.real && r.id !== "netWorth" && r.id !== "total").every((r) => Math.abs(r.sum) < GODLEY_TOLERANCE);
  const columnsOk = total ? Object.values(total.cells).every((c) => Math.abs(c) < GODLEY_TOLERANCE * 100) : false;
  const netWorthOk = netWorth ? Math.abs(netWorth.sum + realSum) < GODLEY_TOLERANCE * 100 : false;
  return financialOk && columnsOk && netWorthOk;
}
