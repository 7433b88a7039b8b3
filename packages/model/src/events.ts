import type { Bilingual } from "./bilingual.js";
import { formatMoney } from "./format-money.js";

/** Scheduled triggers (from the scenario's shock lists). */
export type ShockKind = "demand-shock" | "core-shock" | "rate-shock" | "credit-freeze" | "credit-reopen" | "cadence-change" | "price-shock" | "tenant-shock";

/**
 * Every kind of event the engine logs, in the order front ends list them.
 *
 * @example
 * EVENT_KINDS.includes("consolidation"); // true
 */
export const EVENT_KINDS = [
  "demand-shock",
  "core-shock",
  "rate-shock",
  "credit-freeze",
  "credit-reopen",
  "cadence-change",
  "price-shock",
  "tenant-shock",
  "overcapacity",
  "impairment",
  "covenant-breach",
  "spv-shortfall",
  "consolidation",
  "lease-non-renewal",
  "guarantee-called",
  "lender-loss",
  "credit-rationed",
  "refinancing-failure",
  "liquidity-shortfall",
  "interest-not-covered",
  "vehicle-complete",
  "ltv-breach",
] as const;

/** Every kind of event the engine logs. */
export type EventKind = (typeof EVENT_KINDS)[number];

/**
 * Events that mark the hidden debt surfacing or cash flow no longer covering interest: the "burst" (the first
 * one of at least 2% of total debt, for amounts).
 *
 * @example
 * BURST_KINDS.has("consolidation"); // true
 * BURST_KINDS.has("covenant-breach"); // false: a breach is a warning, consolidation is the surfacing
 */
export const BURST_KINDS: ReadonlySet<EventKind> = new Set<EventKind>([
  "consolidation",
  "guarantee-called",
  "lender-loss",
  "credit-rationed",
  "refinancing-failure",
  "liquidity-shortfall",
  "interest-not-covered",
  "ltv-breach",
]);

export type { Bilingual } from "./bilingual.js";

/** One logged event. `cause` is the kind of the scheduled shock that led to it (null when none). */
export interface SimEvent {
  quarter: string;
  index: number;
  kind: EventKind;
  cause: EventKind | null;
  /** The main figure of the event (USD bn, a ratio or a rate, see `message`). */
  value: number;
  message: Bilingual;
}

const CAUSE_LABEL: Record<ShockKind, Bilingual> = {
  "demand-shock": { ja: "需要鈍化", en: "Demand slowdown" },
  "core-shock": { ja: "本業の減収", en: "Core revenue fall" },
  "rate-shock": { ja: "金利変動", en: "Rate change" },
  "credit-freeze": { ja: "信用市場の凍結", en: "Credit freeze" },
  "credit-reopen": { ja: "信用市場の再開", en: "Credit reopens" },
  "cadence-change": { ja: "GPU世代交代の加速", en: "Faster GPU cadence" },
  "price-shock": { ja: "計算の価格の下落", en: "Compute price fall" },
  "tenant-shock": { ja: "最大顧客の資金難", en: "Anchor tenant's funding shock" },
};

const usdJa = (x: number) => formatMoney(x, { currency: "usd", lang: "ja", fxJpyPerUsd: 150 });
const usdEn = (x: number) => formatMoney(x, { currency: "usd", lang: "en", fxJpyPerUsd: 150 });
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const times = (x: number) => `${x.toFixed(2)}`;

/** Message text for an event, before the quarter and cause prefix. */
function body(kind: EventKind, v: number, extra: number): Bilingual {
  switch (kind) {
    case "demand-shock":
      return {
        ja: `AI需要の伸びが年率${pct(v)}に変化`,
        en: `AI demand growth changes to ${pct(v)} a year`,
      };
    case "core-shock":
      return { ja: `本業の売上水準が${pct(v)}変化`, en: `core revenue level changes by ${pct(v)}` };
    case "rate-shock":
      return { ja: `基準金利が${pct(v)}に`, en: `base rate moves to ${pct(v)}` };
    case "credit-freeze":
      return { ja: "社債・プライベートクレジット市場が閉じる", en: "bond and private-credit markets close" };
    case "credit-reopen":
      return { ja: "信用市場が再開", en: "credit markets reopen" };
    case "cadence-change":
      return { ja: `GPUの経済寿命が${v}四半期に短縮`, en: `GPU economic life shortens to ${v} quarters` };
    case "price-shock":
      return { ja: `GPUの賃貸価格(計算の価格)が${pct(v)}変化`, en: `the rental price of compute changes by ${pct(v)}` };
    case "tenant-shock":
      return { ja: `最大顧客(AIラボ)が請求の${pct(v)}しか払えなくなる`, en: `the anchor tenant (an AI lab) pays only ${pct(v)} of its bill` };
    case "ltv-breach":
      return {
        ja: `GPU担保ローンのLTVが${times(extra)}倍に上昇し上限を超過、スポンサーが${usdJa(v)}を追加拠出して返済`,
        en: `GPU-backed loan-to-value rises to ${times(extra)}x, above its limit: the sponsor puts in ${usdEn(v)} to pay it down`,
      };
    case "overcapacity":
      return { ja: `稼働率が${pct(v)}に低下し過剰設備に`, en: `utilisation falls to ${pct(v)}: overcapacity` };
    case "impairment":
      return { ja: `陳腐化したGPU ${usdJa(v)}を減損`, en: `${usdEn(v)} of obsolete GPUs impaired` };
    case "covenant-breach":
      return {
        ja: `SPVのDSCRが${times(v)}倍に低下し財務制限条項に抵触`,
        en: `SPV DSCR falls to ${times(v)}x, breaching its covenant`,
      };
    case "spv-shortfall":
      return {
        ja: `SPVの賃料収入が元利払いに届かず、スポンサーが${usdJa(v)}を補填`,
        en: `SPV rent no longer covers debt service; the sponsor tops up ${usdEn(v)}`,
      };
    case "consolidation":
      return {
        ja: `SPV債務${usdJa(v)}を連結、オフバランス債務が表面化`,
        en: `${usdEn(v)} of SPV debt consolidated: the off-balance-sheet debt surfaces`,
      };
    case "lease-non-renewal":
      // a campus hands back shell space; a GPU vehicle's lease ends with its GPUs (v is 0, extra their book value)
      return v > 0
        ? { ja: `リースを更新せず、${v.toFixed(2)}GWの設備を返却`, en: `lease not renewed; ${v.toFixed(2)} GW of capacity handed back` }
        : { ja: `GPUリースが終了し、簿価${usdJa(extra)}のGPUを返却`, en: `GPU lease ends; GPUs with ${usdEn(extra)} of book value handed back` };
    case "vehicle-complete":
      return {
        ja: `SPVのキャンパス(${v.toFixed(2)}GW)が完成しリースが開始、債務${usdJa(extra)}の返済が始まる`,
        en: `a vehicle's campus (${v.toFixed(2)} GW) completes and its lease commences; ${usdEn(extra)} of debt starts to amortise`,
      };
    case "guarantee-called":
      return {
        ja: `残価保証が履行され、スポンサーが${usdJa(v)}を支払う`,
        en: `residual value guarantee called: the sponsor pays ${usdEn(v)}`,
      };
    case "lender-loss":
      return { ja: `貸し手が${usdJa(v)}の損失`, en: `lenders lose ${usdEn(v)}` };
    case "credit-rationed":
      return {
        ja: `レバレッジが${times(v)}倍に達し、貸し手が新規融資を止める`,
        en: `leverage reaches ${times(v)}x and lenders stop new lending`,
      };
    case "refinancing-failure":
      if (extra === 1) {
        return {
          ja: `SPVの満期債務${usdJa(v)}を貸し手が借り換えず、スポンサーが引き受ける`,
          en: `lenders will not roll ${usdEn(v)} of a vehicle's maturing debt: the sponsor takes it on`,
        };
      }
      return {
        ja: `満期を迎えた債務${usdJa(v)}を借り換えられず、手元資金と設備投資の削減で返済`,
        en: `${usdEn(v)} of maturing debt cannot be refinanced; it is repaid from cash and cut capex`,
      };
    case "liquidity-shortfall":
      return {
        ja: `手元資金が尽き、${usdJa(v)}を割高な緊急融資で調達`,
        en: `cash runs out; ${usdEn(v)} borrowed in emergency at a penalty rate`,
      };
    case "interest-not-covered":
      return {
        ja: `営業キャッシュフローが利払いを賄えない(ポンジ金融、利払い${usdJa(extra)})`,
        en: `operating cash flow no longer covers interest of ${usdEn(extra)} (Ponzi finance)`,
      };
  }
}

/** Build an event with its bilingual message: "2027Q3 需要鈍化 → SPVのDSCRが1.15倍に低下し財務制限条項に抵触". */
export function makeEvent(
  quarter: string,
  index: number,
  kind: EventKind,
  cause: ShockKind | null,
  value: number,
  extra = 0,
): SimEvent {
  const b = body(kind, value, extra);
  const c = cause && cause !== kind ? CAUSE_LABEL[cause] : null;
  return {
    quarter,
    index,
    kind,
    cause,
    value,
    message: {
      ja: `${quarter} ${c ? `${c.ja} → ` : ""}${b.ja}`,
      en: `${quarter} ${c ? `${c.en} → ` : ""}${b.en}`,
    },
  };
}

/** The same event with `cause` named in its message (events are logged without one; see attribution.ts). */
export function withCause(e: SimEvent, cause: ShockKind | null): SimEvent {
  const c = cause && cause !== e.kind ? CAUSE_LABEL[cause] : null;
  const strip = (text: string, label: string | undefined) => {
    const afterQuarter = text.slice(e.quarter.length + 1);
    return label && afterQuarter.startsWith(`${label} → `) ? afterQuarter.slice(label.length + 3) : afterQuarter;
  };
  const old = e.cause && e.cause !== e.kind ? CAUSE_LABEL[e.cause as ShockKind] : undefined;
  const body = { ja: strip(e.message.ja, old?.ja), en: strip(e.message.en, old?.en) };
  return {
    ...e,
    cause: c ? cause : null,
    message: {
      ja: `${e.quarter} ${c ? `${c.ja} → ` : ""}${body.ja}`,
      en: `${e.quarter} ${c ? `${c.en} → ` : ""}${body.en}`,
    },
  };
}
