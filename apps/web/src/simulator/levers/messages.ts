import type { Lang } from "@/messages/types";

/** Words of the key-levers view, the pinned results and the live band (placeholders filled with fillTemplate). */
export interface LeverMessages {
  /** Says which parameters are shown and why. */
  intro: string;
  /** The toggle's label in each view: what pressing it shows. */
  showAll: string;
  showLevers: string;
  /** Said in the key-levers view when parameters it hides differ from the preset. */
  hiddenChanged: string;
  /** The link at the top of the simulator on narrow screens. */
  jumpToResults: string;
  /** The heading of the figures and tables below the pinned results. */
  figures: string;
  band: {
    title: string;
    caption: string;
    line: string;
    p5p95: string;
    p25p75: string;
    /** Where the band's median ends against the line, from the band: {q} {median} {line} {ratio}; close: within 10%. */
    medianAbove: string;
    medianBelow: string;
    medianClose: string;
    /** Before the first change: the band is drawn once the reader moves a lever. */
    idle: string;
    /** Idle, with the band the server computed for the default preset drawn. */
    idleDrawn: string;
    computing: string;
    done: string;
    failed: string;
  };
}

const ja: LeverMessages = {
  intro: "モデルの感応度分析(トルネード図)で結果を大きく動かす、意見の分かれる前提を先に並べています。決算書で決まる期首の数字などは「すべてのパラメータ」にあります。",
  showAll: "すべてのパラメータを表示",
  showLevers: "主要なパラメータだけを表示",
  hiddenChanged: "表示していないパラメータのうち{n}個がプリセットから変わっています。",
  jumpToResults: "結果へ移動",
  figures: "図と表で見る結果",
  band: {
    title: "総負債と不確実性の帯",
    caption: "線はこのシナリオの結果。帯は、AI需要の伸びを年{volatility}のボラティリティで無作為に動かした{paths}経路のうち5〜95%と25〜75%の範囲(シード{seed})。パラメータを動かすたびに計算し直す。",
    line: "このシナリオ",
    p5p95: "5〜95%",
    p25p75: "25〜75%",
    medianAbove: "{q}の中央値は{median}で、このシナリオの線({line})の{ratio}倍。需要の無作為な振れは、平均では債務を押し上げる。",
    medianBelow: "{q}の中央値は{median}で、このシナリオの線({line})を下回る({ratio}倍)。",
    medianClose: "{q}の中央値は{median}で、このシナリオの線({line})とほぼ同じ。",
    idle: "パラメータを動かすと、{paths}経路の不確実性の帯を計算します。",
    idleDrawn: "帯は既定のプリセットの{paths}経路から計算済み。パラメータを動かすと計算し直します。",
    computing: "不確実性の帯を計算中…",
    done: "帯は{paths}経路から計算済み。",
    failed: "帯を計算できませんでした:{message}",
  },
};

const en: LeverMessages = {
  intro: "The assumptions people disagree on that move the results most in the model's sensitivity analysis (the tornado) come first. Opening balance-sheet figures, which the filings fix, and the rest are under “All parameters”.",
  showAll: "Show all parameters",
  showLevers: "Show the key parameters only",
  hiddenChanged: "{n} parameters not shown differ from the preset.",
  jumpToResults: "Jump to the results",
  figures: "The results in figures and tables",
  band: {
    title: "Total debt with its uncertainty band",
    caption: "The line is this scenario's result. The bands hold 5–95% and 25–75% of {paths} paths on which AI demand growth moves at random with a {volatility} yearly volatility (seed {seed}). Recomputed each time a parameter moves.",
    line: "This scenario",
    p5p95: "5–95%",
    p25p75: "25–75%",
    medianAbove: "In {q} the median path is at {median}, {ratio}× this scenario's line ({line}): random swings in demand raise the debt on balance.",
    medianBelow: "In {q} the median path is at {median}, below this scenario's line ({line}; {ratio}×).",
    medianClose: "In {q} the median path is at {median}, close to this scenario's line ({line}).",
    idle: "Move a parameter to compute the uncertainty band over {paths} paths.",
    idleDrawn: "Band computed from {paths} paths of the default preset. Move a parameter to compute it again.",
    computing: "Computing the uncertainty band…",
    done: "Band computed from {paths} paths.",
    failed: "The band could not be computed: {message}",
  },
};

/** The key-levers view's words in a language. */
export function leverMessages(lang: Lang): LeverMessages {
  return lang === "ja" ? ja : en;
}
