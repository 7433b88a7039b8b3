import { describe, expect, it } from "vitest";
import { en } from "@/messages/en";
import { ja } from "@/messages/ja";
import { fig4Caption, fig4Outcome } from "./captions";

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
