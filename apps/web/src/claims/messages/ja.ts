import type { ClaimsMessages } from "./types";

export const ja: ClaimsMessages = {
  heading: "記事の主張をモデルで検証する",
  intro:
    "記事の6つの主張それぞれについて、モデルがそのシナリオで出す答え、その根拠となる数字、答えが変わる境目を示します。文はすべてモデルの計算結果から生成したもので、予測ではありません。どの前提のもとで主張が成り立つかを見るための道具です。",
  scenarioLegend: "シナリオ",
  presetLine: "プリセット「{preset}」({start}から)",
  panelHeading: "記事の主張を、このシナリオで検証する",
  panelIntro: "いま表示しているシナリオで、記事の6つの主張をモデルが検証した結果です。パラメータを変えると計算し直します。",
  computing: "主張を検証しています…",
  updating: "新しいシナリオで検証し直しています…",
  failed: "主張の検証に失敗しました: {message}",
  answers: { holds: "成り立つ", "does-not-hold": "成り立たない", depends: "条件次第" },
  answerLabel: "モデルの答え",
  figuresLabel: "根拠となる数字",
  flip: "答えが変わる境目: {parameter} = {value}(答えは「{becomes}」に)",
  flipNow: "。現在は{now}",
  noFlip: "試した範囲では、1つのパラメータを動かしても答えは変わらない。",
  notWithinHorizon: "期間中なし",
  multiple: "{n}倍",
  quarters: "{n}四半期",
  verdicts: { "cash-flow": "キャッシュフローで回る", balanced: "ほぼ釣り合い(判定保留)", debt: "借金で回る" },
};
