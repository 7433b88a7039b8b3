import { describe, expect, it } from "vitest";
import { ANSI, parseCsv, run } from "./helpers.js";

// Every data command in every format, with small inputs so the matrix stays quick.
const COMMANDS: Record<string, string[]> = {
  simulate: ["simulate", "base", "--quarters", "8"],
  compare: ["compare", "base", "rate-shock", "--quarters", "8"],
  stress: ["stress", "base", "--quarters", "8"],
  sensitivity: ["sensitivity", "base", "--quarters", "8", "--top", "5"],
  sweep: ["sweep", "base", "--quarters", "8", "--x", "demand.aiGrowthAnnual=0:0.4:2", "--y", "rates.baseAnnual=0.02:0.06:2"],
  montecarlo: ["montecarlo", "base", "--quarters", "8", "--paths", "20"],
  explain: ["explain", "base", "--quarters", "8"],
  presets: ["presets"],
  "presets show": ["presets", "show", "base"],
  schema: ["schema"],
  article: ["article", "--section", "summary"],
  glossary: ["glossary"],
  facts: ["facts"],
};

describe.concurrent("every data command in every format", () => {
  for (const [name, args] of Object.entries(COMMANDS)) {
    it(name, async () => {
      const [table, json, csv, md] = await Promise.all(["table", "json", "csv", "md"].map((format) => run([...args, "--format", format])));
      for (const [format, result] of [["table", table], ["json", json], ["csv", csv], ["md", md]] as const) {
        expect(result?.code, `${name} --format ${format}: ${result?.stderr}`).toBe(0);
        expect(result?.stdout.trim().length, `${name} --format ${format}`).toBeGreaterThan(0);
        expect(result?.stdout, `${name} --format ${format}`).not.toMatch(ANSI);
        expect(result?.stderr, `${name} --format ${format}`).toBe("");
      }
      expect(() => JSON.parse(json?.stdout ?? "") as unknown).not.toThrow();
      const rows = parseCsv(csv?.stdout ?? "");
      expect(rows.length, `${name} csv rows`).toBeGreaterThan(1);
      expect(new Set(rows.map((row) => row.length)).size, `${name} csv: every row has the header's columns`).toBe(1);
      expect(md?.stdout, `${name} md`).toMatch(/^#|^\||^\*\*/m);
    });
  }
});
