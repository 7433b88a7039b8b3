import { scenarioFromPreset, simulateFast as simulate, setPath } from "./src/index.js";
const args = process.argv.slice(2);
let base = scenarioFromPreset("neocloud");
for (let i = 0; i + 1 < args.length; i += 2) base = setPath(base, args[i]!, JSON.parse(args[i + 1]!));
const r0 = simulate(base);
const rise = (at: string) => setPath(base, "rates.shocks", [{ quarter: at, baseAnnual: base.rates.baseAnnual + 0.02 }]);
console.log("base", r0.summary.burstQuarter, r0.events.slice(0, 5).map((e: any) => e.quarter + " " + e.kind).join("; "));
for (const at of ["2026Q1", "2026Q3", "2027Q1"]) { const r = simulate(rise(at)); console.log("+200@" + at, r.summary.burstQuarter, r.events.filter((e:any)=>e.kind!=="rate-shock").slice(0, 4).map((e: any) => e.quarter + " " + e.kind).join("; ")); }
for (const q of r0.quarters.slice(0, 12)) { const m: any = q.measures; console.log(q.label, m.aiRevenue.toFixed(2), m.utilisation?.toFixed(2), m.interestCover?.toFixed(2), m.capex.toFixed(1), m.totalDebt.toFixed(1), m.glutFactor?.toFixed(2), m.demand.toFixed(1), m.capacity.toFixed(1), m.operatingIncome.toFixed(2), q.sponsor.income.interest?.toFixed(2), m.ebitdarCover.toFixed(2)); }
