// Prints the claims of every preset as a Markdown table (MODEL.md, "Claims by preset"): each claim's answer, the
// figures behind it and where it flips. Usage: node --import tsx scripts/claims-table.ts
import { claimFigureMeta, claims, formatMoney, presets } from "../src/index.js";

const show = (key: string, v: number | string | null): string => {
  const unit = claimFigureMeta(key)?.unit;
  if (v === null) return unit === "quarter-label" ? "none" : "–";
  if (typeof v === "string") return v;
  if (unit === "usd-bn") return formatMoney(v, { currency: "usd", lang: "en", fxJpyPerUsd: 150 });
  if (unit === "share") return `${(v * 100).toFixed(1)}%`;
  if (unit === "ratio") return `${v.toFixed(2)}×`;
  return String(v);
};

console.log("| preset | claim | answer | figures | flips at (parameter = value → answer) |");
console.log("|---|---|---|---|---|");
for (const p of presets) {
  for (const c of claims(p.id).claims) {
    const figures = Object.entries(c.figures).map(([k, v]) => `${claimFigureMeta(k)?.label.en ?? k}: ${show(k, v)}`).join("; ");
    const flip = c.flip ? `\`${c.flip.path}\` = ${c.flip.value} → ${c.flip.becomes}` : "none in the range searched";
    console.log(`| \`${p.id}\` | \`${c.id}\` | ${c.answer} | ${figures} | ${flip} |`);
  }
}
