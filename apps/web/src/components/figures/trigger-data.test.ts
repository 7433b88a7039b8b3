import { describe, expect, it } from "vitest";
import { defaultsOf } from "@/lib/url-state";
import { fig5Data, fig5Spec } from "./data";

// Figure 5's data: the chain, the chart's marks and breaches all come from the same events of the run.

const spec = fig5Spec();
const at = (patch: Partial<ReturnType<typeof defaultsOf<typeof spec>>>, lang: "ja" | "en" = "ja") => {
  const r = fig5Data({ ...defaultsOf(spec), ...patch }, false, lang);
  if (!r.ok) throw new Error(r.error);
  return r.data;
};

describe("figure 5's data", () => {
  it("gives each breach of the chain at the breaching vehicle's DSCR, strictly below the covenant", () => {
    const d = at({});
    expect(d.breaches.length).toBeGreaterThan(0);
    // the default's first breach is 1.1977: below 1.2, though it rounds to 1.20 at two decimals
    const first = d.breaches[0]!;
    expect(first.value).toBeLessThan(d.covenant);
    expect(Number(first.value.toFixed(2))).toBe(d.covenant);
    for (const b of d.breaches) expect(b.value).toBeLessThan(d.covenant);
    expect(d.breaches.map((b) => b.index)).toEqual(d.chain.filter((e) => e.kind === "covenant-breach").map((e) => e.index));
  });

  it("marks on the chart only quarters its chain lists (a breach after the surfacing is neither)", () => {
    for (const shock of ["2027Q3", "2029Q2", "2031Q1", "2033Q2", "none"]) {
      const d = at({ shock });
      for (const [kind, event] of [["covenant", "covenant-breach"], ["leaseStart", "vehicle-complete"]] as const) {
        const i = d.marks[kind];
        if (i === null) expect(d.chain.some((e) => e.kind === event), `${shock} ${kind}`).toBe(false);
        else expect(d.chain.find((e) => e.kind === event)?.index, `${shock} ${kind}`).toBe(i);
      }
    }
    // the reviewer's case: with the shock in 2031Q1 the run breaches in 2034Q1, after its surfacing in 2033Q4
    const late = at({ shock: "2031Q1" });
    expect(late.burstQuarter).toBe("2033Q4");
    expect(late.marks.covenant).toBeNull();
  });

  it("says why the surfacing moves in steps: consolidation a cure period after an uncured breach", () => {
    const quarters = new Set<string | null>();
    for (let size = -0.6; size <= 1e-9; size += 0.05) {
      const d = at({ size: Number(size.toFixed(2)) });
      quarters.add(d.burstQuarter);
      expect(d.steps).not.toBeNull();
      expect(d.steps?.cure).toBeGreaterThan(0);
      expect(d.steps?.leaseStart).toBe(d.labels[d.marks.leaseStart ?? -1]);
    }
    expect(quarters.size).toBeLessThanOrEqual(4);
  });

  it("keeps the preset's own core-revenue shock as an event with its value, for the figure to name", () => {
    const d = at({});
    const core = d.chain.find((e) => e.kind === "core-shock");
    expect(core?.value).toBeCloseTo(-0.06);
    expect(d.presetName).toContain("需要鈍化");
    expect(at({}, "en").presetName).toContain("Demand slowdown");
  });
});
