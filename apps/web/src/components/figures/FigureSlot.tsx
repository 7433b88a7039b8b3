import { BACKTEST_ITEMS } from "@aidebt/model";
import type { Messages } from "@/messages/types";
import { defaultsOf } from "@/lib/url-state";
import { presetScenario } from "@/lib/simulation";
import { Fig1Treadmill } from "./Fig1Treadmill";
import { Fig2HiddenDebt } from "./Fig2HiddenDebt";
import { Fig3GpuValue } from "./Fig3GpuValue";
import { Fig4RepayNoProfit } from "./Fig4RepayNoProfit";
import { Fig5Trigger } from "./Fig5Trigger";
import { Fig6CashOrDebt } from "./Fig6CashOrDebt";
import { Fig7Portfolio } from "./Fig7Portfolio";
import { Fig8H1b } from "./Fig8H1b";
import { Fig9Backtest } from "./Fig9Backtest";
import { fig9Data } from "./backtest-data";
import * as data from "./data";
import { toSignificant } from "./significant";
import { fig7Spec, fig8Spec } from "./specs";
import { measureLabels } from "@/lib/measure-labels";
import type { FigureRun } from "./data";
import type { FigureConcept } from "./registry";
import { explainMessages } from "./explain-messages";
import { FigureTerms, figureTermIds, structureTermIds } from "./figure-terms";
import { StructureDiagram } from "./StructureDiagram";
import { structureDefaults, structureScenarioOptions } from "./structure-data";
import { structureLayout } from "./structure-geometry";
import { structureView } from "./structure-view";
import { summaryLabel } from "./summary-label";
import * as tries from "./try-states";

/**
 * The data of a figure's default state, computed here on the server with the exact (Decimal) ledger and cut
 * to the digits a figure can show before it travels into the page.
 */
function initial<D>(run: FigureRun<D>): D {
  if (!run.ok) throw new Error(`a figure's default state was rejected by the model: ${run.error}`);
  return toSignificant(run.data);
}

/**
 * The figure for a concept, server-rendered at its default state and hydrated as a client leaf. Only plain
 * data crosses to the client: the language, the number, this figure's messages, its URL state spec and the
 * series it draws at the default state (computed here), so hydration runs no model code.
 */
export function FigureSlot({ concept, n, m }: { concept: FigureConcept; n: number; m: Messages }) {
  const shared = { n, lang: m.lang, common: m.common, x: explainMessages(m.lang), terms: <FigureTerms ids={figureTermIds(concept, m)} lang={m.lang} /> };
  const metric = (key: Parameters<typeof summaryLabel>[0]) => summaryLabel(key, m.lang);
  switch (concept) {
    case "debt-cycle": {
      const spec = data.fig1Spec();
      return <Fig1Treadmill {...shared} metric={metric("cumulativeBorrowing")} tries={tries.fig1Tries(spec, shared.x)} m={m.figures.treadmill} spec={spec} initial={initial(data.fig1Data(defaultsOf(spec), true))} />;
    }
    case "hidden-debt": {
      const spec = data.fig2Spec();
      // The structure comes before figure 2's numbers: the same run, drawn as who pays whom.
      const structure = structureDefaults(spec.campusShare.default, m.lang);
      const exact = toSignificant(structure.initial);
      return (
        <>
          <StructureDiagram
            lang={m.lang}
            common={m.common}
            m={shared.x.structure}
            fig2={spec}
            spec={structure.spec}
            initial={structureView(exact, exact, structure.spec.quarter.default, m.lang, shared.x.structure)}
            layout={structureLayout}
            scenarios={structureScenarioOptions(m.lang)}
            terms={<FigureTerms ids={structureTermIds(m.lang)} lang={m.lang} />}
          />
          <Fig2HiddenDebt
          {...shared}
          metric={metric("peakHiddenDebt")}
          tries={tries.fig2Tries(spec, shared.x)}
          m={m.figures.hiddenDebt}
          spec={spec}
          initial={initial(data.fig2Data(defaultsOf(spec), true))}
          fields={measureLabels(data.FIG2_MEASURES, m.lang)}
          />
        </>
      );
    }
    case "gpu-refresh": {
      const spec = data.fig3Spec();
      return <Fig3GpuValue {...shared} metric={m.figures.gpuValue.gapMetric} tries={tries.fig3Tries(spec, shared.x)} m={m.figures.gpuValue} spec={spec} initial={initial(data.fig3Data(defaultsOf(spec), true))} />;
    }
    case "repay-no-profit": {
      const spec = data.fig4Spec();
      return <Fig4RepayNoProfit {...shared} metric={metric("sponsorAiNpv")} tries={tries.fig4Tries(spec, shared.x)} m={m.figures.repayNoProfit} spec={spec} initial={initial(data.fig4Data(defaultsOf(spec), true))} />;
    }
    case "demand-trigger": {
      const spec = data.fig5Spec();
      return <Fig5Trigger {...shared} metric={metric("burstQuarter")} tries={tries.fig5Tries(spec, shared.x)} m={m.figures.trigger} spec={spec} initial={initial(data.fig5Data(defaultsOf(spec), true, m.lang))} />;
    }
    case "cash-or-debt": {
      const spec = data.fig6Spec();
      const presetOptions = data.fig6Presets(m.lang);
      return (
        <Fig6CashOrDebt
          {...shared}
          metric={metric("debtFundedCapexShare")}
          tries={tries.fig6Tries(spec, shared.x, presetOptions)}
          m={m.figures.cashOrDebt}
          spec={spec}
          initial={initial(data.fig6Data(defaultsOf(spec), true))}
          presetOptions={presetOptions}
        />
      );
    }
    case "portfolio-60-40":
      return <Fig7Portfolio {...shared} tries={tries.fig7Tries(shared.x)} m={m.figures.portfolio} initial={data.fig7Data(defaultsOf(fig7Spec)).data} />;
    case "h1b-fee":
      return <Fig8H1b {...shared} tries={tries.fig8Tries(shared.x)} m={m.figures.h1b} fx={presetScenario("base").fxJpyPerUsd} initial={data.fig8Data(defaultsOf(fig8Spec)).data} />;
  }
}

/**
 * Figure 9, the model against what Meta reported for 2025: the model's backtest of its `meta-2024` preset,
 * computed here on the server; the figure has no state, so nothing of it is recomputed in the browser.
 */
export function BacktestSlot({ n, m }: { n: number; m: Messages }) {
  const data = fig9Data();
  const labels = measureLabels(BACKTEST_ITEMS, m.lang);
  return <Fig9Backtest n={n} lang={m.lang} common={m.common} m={m.figures.backtest} data={toSignificant(data)} labels={labels} />;
}
