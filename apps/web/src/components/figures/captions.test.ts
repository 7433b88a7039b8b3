import { describe, expect, it } from "vitest";
import { en } from "@/messages/en";
import { ja } from "@/messages/ja";
import { fig1BorrowingSentence, fig4Caption, fig4Outcome, positiveRuns } from "./captions";

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

describe("figure 1's borrowing sentence", () => {
  const labels = ["2026Q1", "2026Q2", "2026Q3", "2026Q4", "2027Q1"];
  it("counts waves only where the series has them", () => {
    expect(positiveRuns([0, 2, 3, 0, 1])).toEqual([[1, 2], [4, 4]]);
    expect(fig1BorrowingSentence(en.figures.treadmill, [0, 2, 3, 0, 1], labels, money)).toContain("2 separate waves, the largest $3bn in 2026Q3");
    expect(fig1BorrowingSentence(en.figures.treadmill, [1, 2, 3, 2, 1], labels, money)).toContain("unbroken from 2026Q1 to 2027Q1");
    expect(fig1BorrowingSentence(en.figures.treadmill, [0, 0, 0, 0, 0], labels, money)).toBe(en.figures.treadmill.borrowingNone);
  });
});
