import type { Messages } from "@/messages/types";
import { Fig1Treadmill } from "./Fig1Treadmill";
import { Fig2HiddenDebt } from "./Fig2HiddenDebt";
import { Fig3GpuValue } from "./Fig3GpuValue";
import { Fig4RepayNoProfit } from "./Fig4RepayNoProfit";
import { Fig5Trigger } from "./Fig5Trigger";
import { Fig6CashOrDebt } from "./Fig6CashOrDebt";
import { Fig7Portfolio } from "./Fig7Portfolio";
import { Fig8H1b } from "./Fig8H1b";
import type { FigureConcept } from "./registry";

/**
 * The figure for a concept, server-rendered at its default (or URL) state and hydrated as a client leaf.
 * Only plain strings and numbers cross to the client: the language, the number and this figure's messages.
 */
export function FigureSlot({ concept, n, m }: { concept: FigureConcept; n: number; m: Messages }) {
  const shared = { n, lang: m.lang, common: m.common };
  switch (concept) {
    case "debt-cycle":
      return <Fig1Treadmill {...shared} m={m.figures.treadmill} />;
    case "hidden-debt":
      return <Fig2HiddenDebt {...shared} m={m.figures.hiddenDebt} />;
    case "gpu-refresh":
      return <Fig3GpuValue {...shared} m={m.figures.gpuValue} />;
    case "repay-no-profit":
      return <Fig4RepayNoProfit {...shared} m={m.figures.repayNoProfit} />;
    case "demand-trigger":
      return <Fig5Trigger {...shared} m={m.figures.trigger} />;
    case "cash-or-debt":
      return <Fig6CashOrDebt {...shared} m={m.figures.cashOrDebt} />;
    case "portfolio-60-40":
      return <Fig7Portfolio {...shared} m={m.figures.portfolio} />;
    case "h1b-fee":
      return <Fig8H1b {...shared} m={m.figures.h1b} />;
  }
}
