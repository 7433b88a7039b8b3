import { describe, expect, it } from "vitest";
import { en } from "@/messages/en";
import { ja } from "@/messages/ja";
import { defaultsOf } from "@/lib/url-state";
import {
  borrowingEpisodes,
  fig1BorrowingSentence,
  fig1ObsoleteSentence,
  fig1WhySentence,
  fig3Caption,
  fig3Outcome,
  fig3Relation,
  fig4Caption,
  fig4GrowthTemplate,
  fig4Outcome,
  fig4Reason,
  positiveRuns,
} from "./captions";
import { moneyInUnit } from "./common";
import { fig1Data, fig1Spec, fig3Data, fig3Spec, fig4Data, fig4Spec, type FigureRun } from "./data";
import { explainEn } from "./explain-en";
import { fig3Tries, fig4Tries } from "./try-states";

const money = (x: number) => `$${x}bn`;

describe("figure 4's caption", () => {
  it("says 'repaid, yet no profit' only when lenders lose nothing and the sponsor's NPV is not positive", () => {
    expect(fig4Outcome({ lenderLoss: 0, sponsorAiNpv: -57 })).toBe("repaidNoProfit");
    expect(fig4Outcome({ lenderLoss: 133, sponsorAiNpv: -57 })).toBe("lossNoProfit");
    expect(fig4Outcome({ lenderLoss: 0, sponsorAiNpv: 12 })).toBe("repaidProfit");
    expect(fig4Outcome({ lenderLoss: 133, sponsorAiNpv: 12 })).toBe("lossProfit");
  });

  it("names the lenders' loss and the NPV the run produced", () => {
    expect(fig4Caption(en.figures.repayNoProfit, { lenderLoss: 133, sponsorAiNpv: -57 }, money)).toMatchInlineSnapshot(
      `"Lenders lose $133bn and the sponsor's AI investment has a net present value of $-57bn, below zero: under these assumptions not even the debt is repaid in full."`,
    );
    expect(fig4Caption(ja.figures.repayNoProfit, { lenderLoss: 0, sponsorAiNpv: 12 }, money)).toContain("$12bn");
  });
});

function ok<D>(run: FigureRun<D>): D {
  if (!run.ok) throw new Error(run.error);
  return run.data;
}

describe("figure 1's borrowing sentence", () => {
  const labels = ["2026Q1", "2026Q2", "2026Q3", "2026Q4", "2027Q1"];
  it("counts waves only where the series has them", () => {
    expect(positiveRuns([0, 2, 3, 0, 1])).toEqual([[1, 2], [4, 4]]);
    expect(fig1BorrowingSentence(en.figures.treadmill, [0, 2, 3, 0, 1], labels, money)).toContain("2 separate waves (2026Q2–2026Q3, 2027Q1), the largest $3bn in 2026Q3");
    expect(fig1BorrowingSentence(en.figures.treadmill, [1, 2, 3, 2, 1], labels, money)).toContain("unbroken from 2026Q1 to 2027Q1");
    expect(fig1BorrowingSentence(en.figures.treadmill, [0, 0, 0, 0, 0], labels, money)).toBe(en.figures.treadmill.borrowingNone);
  });
});

describe("figure 1 against the model's runs", () => {
  const spec = fig1Spec();
  const at = (patch: Partial<ReturnType<typeof defaultsOf<typeof spec>>>) => ok(fig1Data({ ...defaultsOf(spec), ...patch }, false));

  it("counts an episode of borrowing as a run of quarters above 1% of the peak, separated by quarters at about zero", () => {
    const d = at({});
    const peak = Math.max(...d.newBorrowing);
    const episodes = borrowingEpisodes(d.newBorrowing);
    // the default's three humps: the opening quarters, 2028–2031, and 2032Q4 on (a few quarters at ~0 between)
    expect(episodes.length).toBe(3);
    for (const [a, b] of episodes) for (let i = a; i <= b; i++) expect(d.newBorrowing[i]).toBeGreaterThan(0.01 * peak);
    for (let k = 1; k < episodes.length; k++) {
      const between = d.newBorrowing.slice(episodes[k - 1]![1] + 1, episodes[k]![0]);
      expect(between.length).toBeGreaterThan(0);
      for (const v of between) expect(v).toBeLessThanOrEqual(0.01 * peak);
    }
    const sentence = fig1BorrowingSentence(ja.figures.treadmill, d.newBorrowing, d.labels, money);
    expect(sentence).toContain("3回の山");
    for (const [a, b] of episodes) expect(sentence).toContain(`${d.labels[a]}〜${d.labels[b]}`);
  });

  it("greys GPUs past their economic life still on the books, and says when there are none", () => {
    const d = at({});
    const grey = d.labels.map((_, i) => d.vintages.reduce((s, v) => s + (i >= v.from && v.obsolete[i - v.from] ? (v.book[i - v.from] ?? 0) : 0), 0));
    expect(Math.max(...grey)).toBeGreaterThan(0);
    expect(fig1ObsoleteSentence(ja.figures.treadmill, grey, d.labels, d, money)).toContain("灰色は経済寿命(12四半期)");
    const long = at({ economicLife: 24 });
    const none = long.labels.map((_, i) => long.vintages.reduce((s, v) => s + (i >= v.from && v.obsolete[i - v.from] ? (v.book[i - v.from] ?? 0) : 0), 0));
    expect(Math.max(...none)).toBe(0);
    expect(fig1ObsoleteSentence(en.figures.treadmill, none, long.labels, long, money)).toContain("nothing is grey");
  });

  it("says where the borrowing went when chips' share is at its maximum: the campus vehicles build less", () => {
    const d = at({});
    const heavy = at({ costShare: spec.costShare.max });
    expect(heavy.cumulativeBorrowing).toBeLessThan(d.cumulativeBorrowing);
    expect(heavy.vehicleCapex).toBeLessThan(d.vehicleCapex);
    expect(heavy.bonds + heavy.vehicleBorrowing).toBeCloseTo(heavy.cumulativeBorrowing, 9);
    const why = fig1WhySentence(ja.figures.treadmill, d, heavy, money, (v) => `${Math.round(v * 100)}%`, "");
    expect(why).toContain(`${money(d.vehicleBorrowing)}→${money(heavy.vehicleBorrowing)}`);
    expect(why).toContain("40%→20%");
  });

  it("writes its table in one unit: no 万ドル among 億ドル", () => {
    expect(moneyInUnit("ja")(0.09569)).toBe("0.96億ドル");
    expect(moneyInUnit("ja")(271.4)).toBe("2,714億ドル");
    expect(moneyInUnit("en")(0.09569)).toBe("$0.1bn");
    expect(moneyInUnit("ja")(0)).toBe("0億ドル");
  });
});

describe("figure 3 against the model's runs", () => {
  const spec = fig3Spec();
  const at = (patch: Partial<ReturnType<typeof defaultsOf<typeof spec>>>) => ok(fig3Data({ ...defaultsOf(spec), ...patch }, false));

  it("values GPUs the same whatever the accounting life", () => {
    const d = at({});
    for (const bookLife of [spec.bookLife.min, 12, 28, spec.bookLife.max]) expect(at({ bookLife }).gpuEconomicValue).toEqual(d.gpuEconomicValue);
  });

  it("never claims a gap that peaks at zero: at the default book and economic value lie on each other, and it says why", () => {
    const d = at({});
    expect(fig3Relation(d).relation).toBe("equal");
    for (const m of [ja.figures.gpuValue, en.figures.gpuValue]) {
      const caption = fig3Caption(m, d, money, " ");
      expect(caption).not.toMatch(/\$0bn|最大0/);
      expect(caption).toContain("22");
      expect(fig3Outcome(m, d, money)).toBe(m.outcome.equal);
    }
    expect(fig3Caption(en.figures.gpuValue, d, money, " ")).toContain("12 quarters of training and 10 of inference, 22 in all");
  });

  it("shows something different for each try: books below value, above it with write-downs, and a shorter cadence", () => {
    const d = at({});
    const tries = fig3Tries(spec, explainEn);
    expect(tries.map((t) => t.id)).toEqual(["honestBook", "longBook", "shortLife"]);
    const runs = Object.fromEntries(tries.map((t) => [t.id, ok(fig3Data(t.state, false))]));
    expect(fig3Relation(runs.honestBook!).relation).toBe("below");
    expect(runs.honestBook!.widestGap).toBeLessThan(-1);
    expect(fig3Relation(runs.longBook!).relation).toBe("above");
    expect(runs.longBook!.writeDownTotal).toBeGreaterThan(1);
    expect(runs.longBook!.writeDowns.at(-1)).toBeCloseTo(runs.longBook!.writeDownTotal, 9);
    expect(fig3Caption(en.figures.gpuValue, runs.longBook!, money, " ")).toContain(`${money(runs.longBook!.writeDownTotal)} in all`);
    for (const r of Object.values(runs)) expect(r.widestGap).not.toBe(d.widestGap);
  });
});

describe("figure 4 against the model's runs", () => {
  const spec = fig4Spec();
  const pct = (v: number) => `${Math.round(v * 100)}%`;
  const growths: number[] = [];
  for (let g = spec.growth.min; g <= spec.growth.max + 1e-9; g += spec.growth.step) growths.push(Number(g.toFixed(10)));

  it("explains why faster growth lowers the NPV: every quarter's return on AI capital is below the cost of capital, and capex grows", () => {
    const runs = growths.map((growth) => ok(fig4Data({ ...defaultsOf(spec), growth }, false)));
    for (const r of runs) {
      expect(r.bestReturn).toBeLessThan(r.discountAnnual);
      expect(fig4Reason(ja.figures.repayNoProfit, r, money, pct)).toContain("資本コスト9%を下回ります");
    }
    for (let k = 1; k < runs.length; k++) expect(runs[k]!.cumulativeCapex).toBeGreaterThan(runs[k - 1]!.cumulativeCapex);
    // from no growth on, each step of growth lowers the NPV
    runs.forEach((r, k) => {
      if (k > 0 && growths[k - 1]! >= 0) expect(r.sponsorAiNpv).toBeLessThan(runs[k - 1]!.sponsorAiNpv);
    });
  });

  it("reaches a positive NPV with a try that slows the fall in compute prices", () => {
    const slow = fig4Tries(spec, explainEn).find((t) => t.id === "slowPrices");
    expect(slow).toBeDefined();
    const r = ok(fig4Data(slow!.state, false));
    expect(fig4Outcome(r)).toBe("repaidProfit");
    expect(fig4Reason(en.figures.repayNoProfit, r, money, pct)).toContain("above the 9% cost of capital");
  });

  it("words shrinking and flat demand as such", () => {
    for (const m of [ja.figures.repayNoProfit, en.figures.repayNoProfit]) {
      expect(fig4GrowthTemplate(m, -0.2)).toBe(m.liveShrinking);
      expect(fig4GrowthTemplate(m, 0)).toBe(m.liveFlat);
      expect(fig4GrowthTemplate(m, 0.5)).toBe(m.live);
    }
    expect(en.figures.repayNoProfit.liveShrinking).toContain("shrinking {growth} a year");
    expect(ja.figures.repayNoProfit.liveShrinking).toContain("年{growth}縮み");
  });
});
