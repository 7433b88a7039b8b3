"use client";

import { setPath, type Preset, type ResultJson, type Scenario } from "@aidebt/model";
import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { fillTemplate, type Lang } from "@/messages/types";
import { useLatestState } from "@/lib/use-latest-state";
import { useKeepServerMarkup } from "@/lib/use-server-markup";
import { ClaimsPanel } from "@/claims/ClaimsPanel";
import { HeatMap, MonteCarlo, Tornado } from "./analysis/Analysis";
import { encodeScenario, type CodecError } from "./codec";
import { Compare, MAX_KEPT, type KeptScenario } from "./Compare";
import type { SimulatorMessages } from "./messages/types";
import type { ProvenanceInfo } from "./ProvenanceBadge";
import type { DebtLabels } from "./results/debt-measures";
import { EventLog, GodleyTable, KeyFigures, Summary } from "./results/Results";
import { problemText, type Problem } from "./problems";
import { groupOrder, indexSchema, type SchemaData } from "./schema";
import { leverMessages } from "./levers/messages";
import { ParameterForm } from "./levers/ParameterForm";
import { useParamView } from "./levers/view-mode";
import { LiveBand } from "./live-band/LiveBand";
import type { DrawnBand } from "./live-band/default-band";
import { pathValue } from "./path-value";
import { Share, URL_EVENT, type Notice } from "./Share";
import { ShockEditor } from "./ShockEditor";
import { issueAnchor, ProblemNotice } from "./ProblemNotice";
import { requestSimModel, retrySimModel, useSimModel, useSimModelFailure, withSimModel, type SimModel } from "./sim-model";

/** Marks and measures read by the interaction budget script (scripts/budgets/interaction.mjs). */
export const MARK_INPUT = "sim:input";
export const MEASURE_COMMIT = "sim:commit";
export const MEASURE_FRAME = "sim:frame";

/** A preset to choose from: the select needs only names; the model has the rest. */
export interface PresetChoice {
  id: string;
  name: Preset["name"];
}

function codecText(error: CodecError, m: SimulatorMessages): string {
  switch (error.code) {
    case "badVersion":
      return fillTemplate(m.codec.badVersion, { version: error.version || "–" });
    case "unknownPreset":
      return fillTemplate(m.codec.unknownPreset, { preset: error.preset });
    default:
      return m.codec[error.code];
  }
}



interface Props {
  lang: Lang;
  m: SimulatorMessages;
  schema: SchemaData;
  /** The preset the page opens with, whole (the server drew its run); the others come with the model. */
  defaultPreset: Preset;
  presetChoices: readonly PresetChoice[];
  /** Labels of the debt measures, from the model's RESULT_FIELDS. */
  debt: DebtLabels;
  /** The default preset's live band, computed on the server (the same Monte Carlo the workers run). */
  defaultBand: DrawnBand;
}

/** The whole simulator: parameters, shocks, results, comparison, analysis, sharing. */
export function Simulator({ lang, m, schema, defaultPreset, presetChoices, debt, defaultBand }: Props) {
  const formSchema = useMemo(() => indexSchema(schema), [schema]);
  const loadedModel = useSimModel();
  const modelFailure = useSimModelFailure();
  const lm = leverMessages(lang);
  const [view, setView] = useParamView();
  // The preset and the scenario change together, once the model (which has the presets) is here; until
  // then the select shows the reader's choice.
  const [preset, setPreset, presetNow] = useLatestState<Preset>(defaultPreset);
  const presetId = preset.id;
  const [choosing, setChoosing, choosingNow] = useLatestState<string | null>(null);
  // The scenario as the reader has edited it; handlers that run right after an edit (a download, Keep, a
  // preset arriving) read the latest one through inputNow.
  const [input, setInput, inputNow] = useLatestState<unknown>(defaultPreset.scenario);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [kept, setKept] = useState<KeptScenario[]>([]);
  const root = useRef<HTMLDivElement>(null);
  const dirty = useRef(false);
  const pendingInput = useRef(false);
  const nextKept = useRef(1);

  // Hydration shows the server's run of the default preset without the model; from the first change on the
  // browser computes every run (and fetches the model for it if it is not here yet).
  const serverRun = useKeepServerMarkup(input === defaultPreset.scenario);
  useEffect(() => {
    if (!serverRun && !loadedModel) requestSimModel();
  }, [serverRun, loadedModel]);
  // The reader heading for a control (pointer, touch, focus, keys on the root below) or scrolling through the
  // simulator fetches the model, so that it is usually here before the first change.
  useEffect(() => {
    window.addEventListener("scroll", requestSimModel, { passive: true, once: true });
    return () => window.removeEventListener("scroll", requestSimModel);
  }, []);

  // A preset's scenario is already the model's parse of it (presets are validated when the model loads).
  // null: the reader changed something before the model arrived; it is parsed when it does.
  const parsed = useMemo(
    () => (input === preset.scenario ? { ok: true as const, scenario: preset.scenario } : loadedModel ? loadedModel.parseScenario(input) : null),
    [input, preset, loadedModel],
  );
  const lastGood = useRef<{ scenario: Scenario; result: ResultJson } | null>(null);
  const run = useMemo(
    () => (!serverRun && loadedModel && parsed?.ok ? { scenario: parsed.scenario, result: loadedModel.simulateFast(parsed.scenario) } : null),
    [serverRun, loadedModel, parsed],
  );
  if (run) lastGood.current = run;
  // What the results show: a browser run, or (null) the server's run while it is current, or nothing yet.
  const current = run ?? lastGood.current;
  const shownScenario = current?.scenario ?? preset.scenario;
  const shownResult = current?.result ?? null;
  const issues = useMemo(
    () => new Map((parsed && !parsed.ok ? parsed.issues : []).map((i) => [i.path, problemText(i, m, formSchema.byPath.get(i.path))])),
    [parsed, m, formSchema],
  );

  const provenance = useMemo(() => {
    const out = new Map<string, ProvenanceInfo>();
    for (const [path, p] of Object.entries(preset.provenance)) {
      const source = p.sourceId ? preset.sources.find((s) => s.id === p.sourceId) : undefined;
      out.set(path, { kind: p.kind, note: p.note, ...(source ? { source: { title: source.title, ...(source.url ? { url: source.url } : {}) } } : {}) });
    }
    return out;
  }, [preset]);

  // Read the scenario from the link once, after hydration (the server render shows the default preset).
  useEffect(() => {
    // Marks the simulator as live (browser tests wait for it); set on the element, not as state, because a
    // state change here would re-render the whole simulator right after hydration.
    root.current?.setAttribute("data-ready", "");
    const encoded = new URLSearchParams(window.location.search).get("s");
    if (encoded === null) return;
    const presetOf = (code: SimModel, id: string) => (id === defaultPreset.id ? defaultPreset : code.getPreset(id));
    withSimModel((code) => {
      const decoded = code.decodeScenario(encoded, (id) => presetOf(code, id), defaultPreset.id);
      if (decoded.ok) {
        setPreset(presetOf(code, decoded.presetId) ?? defaultPreset);
        setInput(decoded.scenario);
        return;
      }
      const fallback = presetOf(code, decoded.presetId) ?? defaultPreset;
      setPreset(fallback);
      setInput(fallback.scenario);
      const codecIssues: Problem[] = decoded.error ? [{ path: "s", message: codecText(decoded.error, m) }] : [];
      setNotice({
        tone: "error",
        text: `${m.share.urlInvalid} ${fillTemplate(m.share.urlFallback, { preset: fallback.name[lang] })}`,
        issues: [...codecIssues, ...decoded.issues],
      });
    });
  }, [lang, m, defaultPreset, setInput, setPreset]);

  // Keep the link in step with the scenario once the reader has changed something.
  useEffect(() => {
    if (!dirty.current) return;
    const timer = setTimeout(() => {
      const encoded = encodeScenario(presetId, preset.scenario, input, defaultPreset.id);
      const params = new URLSearchParams(window.location.search);
      if (encoded) params.set("s", encoded);
      else params.delete("s");
      const query = params.toString();
      window.history.replaceState(window.history.state, "", `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`);
      window.dispatchEvent(new Event(URL_EVENT));
    }, 150);
    return () => clearTimeout(timer);
  }, [input, presetId, preset, defaultPreset.id]);

  useLayoutEffect(() => {
    if (!pendingInput.current) return;
    pendingInput.current = false;
    performance.measure(MEASURE_COMMIT, MARK_INPUT);
    requestAnimationFrame(() => performance.measure(MEASURE_FRAME, MARK_INPUT));
  }, [shownResult]);

  const onParam = useCallback((path: string, value: unknown, source: "slider" | "input") => {
    if (source === "slider") {
      performance.mark(MARK_INPUT);
      pendingInput.current = true;
    }
    dirty.current = true;
    setInput(setPath(inputNow.current, path, value));
  }, [setInput]);

  // The select follows at once; the preset (and its scenario) arrives with the model. The latest choice wins.
  const usePreset = (id: string) => {
    setChoosing(id);
    withSimModel((code) => {
      if (choosingNow.current !== id) return;
      setChoosing(null);
      const next = id === defaultPreset.id ? defaultPreset : code.getPreset(id);
      if (!next) return;
      dirty.current = true;
      setPreset(next);
      setInput(next.scenario);
      setNotice(null);
    });
  };

  // The summary and the live band follow the slider at once; the key figures' charts, tables, comparison and
  // analysis follow in a deferred render that the next step can interrupt.
  const shown = useMemo(() => ({ scenario: shownScenario, result: shownResult }), [shownScenario, shownResult]);
  const later = useDeferredValue(shown);
  // The scenario as it is now, validated by the model (the last valid one if it is not): what Keep and the
  // downloads take.
  const scenarioNow = useCallback((code: SimModel): Scenario => {
    const checked = code.parseScenario(inputNow.current);
    return checked.ok ? checked.scenario : (lastGood.current?.scenario ?? presetNow.current.scenario);
  }, []);
  const onKeep = useCallback(
    () =>
      withSimModel((code) => {
        const scenario = scenarioNow(code);
        setKept((list) => {
          if (list.length >= MAX_KEPT) return list;
          const id = nextKept.current++;
          return [...list, { id, name: fillTemplate(m.compare.slotName, { n: id }), scenario }];
        });
      }),
    [m, scenarioNow],
  );
  // The shock editor re-renders only when something it shows changes, not on every slider move.
  const shockSource = (parsed?.ok ? parsed.scenario : (input as Scenario | null)) ?? shownScenario;
  const shockKey = JSON.stringify([
    shockSource.startQuarter,
    shockSource.horizonQuarters,
    shockSource.rates?.baseAnnual,
    shockSource.gpu?.economicLifeQuarters,
    formSchema.shockKinds.map((k) => pathValue(shockSource, k.list)),
  ]);
  const shockScenario = useMemo(() => shockSource, [shockKey]);
  const onUpload = useCallback(
    (scenario: Scenario) => {
      dirty.current = true;
      setInput(scenario);
      setNotice(null);
    },
    [setInput],
  );
  // An uploaded file's problem, worded and linked as the notice above words and links the link's problems.
  const issueLink = useCallback(
    (issue: Problem) => {
      const anchor = issueAnchor(issue.path, formSchema);
      const said = problemText(issue, m, formSchema.byPath.get(issue.path));
      const name = formSchema.byPath.get(issue.path)?.label ?? issue.path;
      return { href: anchor ? `#${anchor}` : null, text: issue.path === "" ? said : fillTemplate(m.share.issue, { path: name, message: said }) };
    },
    [m, formSchema],
  );
  const onShocks = useCallback(
    (list: string, shocks: unknown[]) => {
      dirty.current = true;
      setInput(setPath(inputNow.current, list, shocks));
    },
    [setInput],
  );
  const onRemove = useCallback((id: number) => setKept((list) => list.filter((k) => k.id !== id)), []);

  // The results are behind the scenario while the model is on its way (for assistive technology).
  const waiting = (!serverRun && !loadedModel) || choosing !== null;
  const problems = notice?.issues ?? (parsed && !parsed.ok ? parsed.issues : []);
  const scenarioForAnalysis = later.scenario;

  return (
    <div className="sim" ref={root} onPointerOver={requestSimModel} onTouchStart={requestSimModel} onFocus={requestSimModel} onKeyDown={requestSimModel}>
      {notice || (parsed && !parsed.ok) ? <ProblemNotice notice={notice} problems={problems} stale={parsed?.ok === false} schema={formSchema} m={m} onDismiss={() => setNotice(null)} /> : null}

      {modelFailure ? (
        <div className="sim-notice sim-notice-error" role="alert" data-sim-model-failure>
          <p>{m.results.modelFailed}</p>
          <button type="button" className="button" onClick={retrySimModel}>
            {m.results.retry}
          </button>
        </div>
      ) : null}

      <a className="sim-jump" href="#sim-results">
        {lm.jumpToResults}
      </a>
      <div className="sim-layout">
        <ParameterForm
          lang={lang}
          m={m}
          schema={formSchema}
          preset={preset}
          presetChoices={presetChoices}
          selectedPreset={choosing ?? presetId}
          onPreset={usePreset}
          input={input}
          provenance={provenance}
          issues={issues}
          onParam={onParam}
          view={view}
          onView={setView}
        />
        {/* Beside the parameters on a wide screen (sticky, so it stays in view while they scroll), below them on a phone. */}
        <section className="sim-pinned" id="sim-results" aria-labelledby="sim-results-title" aria-busy={waiting || undefined}>
          <div className="sim-pinned-inner">
            <h2 id="sim-results-title">{m.sections.results}</h2>
            <Summary result={shownResult} lang={lang} m={m} debt={debt} />
            <LiveBand result={shownResult} scenario={run?.scenario ?? null} initialBand={input === defaultPreset.scenario ? defaultBand : null} lang={lang} m={m} />
          </div>
        </section>
      </div>

      <div className="sim-main">
        <section aria-labelledby="sim-shocks-title" data-group={groupOrder[groupOrder.length - 1]}>
          <h2 id="sim-shocks-title">{m.sections.shocks}</h2>
          <ShockEditor
            scenario={shockScenario}
            kinds={formSchema.shockKinds}
            m={m}
            issues={issues}
            onChange={onShocks}
          />
        </section>

        <section aria-labelledby="sim-figures-title" aria-busy={waiting || undefined}>
          <h2 id="sim-figures-title">{lm.figures}</h2>
          {/* below the levers and the live band: drawn a render after them, so a lever's step paints first */}
          <KeyFigures result={later.result} lang={lang} m={m} debt={debt} />
          <GodleyTable result={later.result} scenario={later.scenario} lang={lang} m={m} />
          <EventLog result={later.result} lang={lang} m={m} />
        </section>

        <ClaimsPanel scenario={later.scenario} lang={lang} />

        <section aria-labelledby="sim-compare-title">
          <h2 id="sim-compare-title">{m.sections.compare}</h2>
          <Compare current={later.scenario} currentRun={later.result} serverRun={later.result === null} kept={kept} lang={lang} m={m} onKeep={onKeep} onRemove={onRemove} />
        </section>

        <section aria-labelledby="sim-analysis-title">
          <h2 id="sim-analysis-title">{m.sections.analysis}</h2>
          <p>{m.analysis.intro}</p>
          <Tornado scenario={scenarioForAnalysis} lang={lang} m={m} schema={formSchema} />
          <HeatMap scenario={scenarioForAnalysis} lang={lang} m={m} schema={formSchema} />
          <MonteCarlo scenario={scenarioForAnalysis} lang={lang} m={m} />
        </section>

        <section aria-labelledby="sim-share-title">
          <h2 id="sim-share-title">{m.sections.share}</h2>
          <Share scenarioNow={scenarioNow} presetId={presetId} m={m} onUpload={onUpload} issueLink={issueLink} />
        </section>
      </div>
    </div>
  );
}
