"use client";

import type { Scenario } from "@aidebt/model";
import type { SimModel } from "./sim-model";
import type { Problem } from "./problems";
import { memo, useId, useRef, useState, useSyncExternalStore } from "react";
import { fillTemplate } from "@/messages/types";
import { downloadText, formatBytes, resultsCsv, resultsJson } from "./files";
import type { SimulatorMessages } from "./messages/types";
import { loadSimModel, withSimModel } from "./sim-model";

/** The Decimal ledger for the results JSON, fetched when the reader heads for its button. */
const loadExactRun = () => import("./exact-run");
const prefetchExactRun = () => void loadExactRun();

export type Notice = { tone: "ok" | "error"; text: string; issues?: Problem[] };

interface Props {
  /** The scenario to download, as the model reads it now. */
  scenarioNow: (code: SimModel) => Scenario;
  presetId: string;
  m: SimulatorMessages;
  /** A valid uploaded scenario (its message is shown here, beside the file input). */
  onUpload: (scenario: Scenario) => void;
  /** Links an issue of an uploaded file to its field on the page, when there is one. */
  issueLink: (problem: Problem) => { href: string | null; text: string };
}

/** Fired on window after the simulator rewrites the address (history.replaceState fires no event of its own). */
export const URL_EVENT = "aidebt:simulator-url";

function subscribeUrl(listener: () => void): () => void {
  window.addEventListener(URL_EVENT, listener);
  window.addEventListener("popstate", listener);
  return () => {
    window.removeEventListener(URL_EVENT, listener);
    window.removeEventListener("popstate", listener);
  };
}

/** The link to the scenario, downloads (scenario, results CSV, results JSON as the CLI prints it) and upload. */
export const Share = memo(function Share({ scenarioNow, presetId, m, onUpload, issueLink }: Props) {
  const href = useSyncExternalStore(
    subscribeUrl,
    () => window.location.href,
    () => "",
  );
  const s = m.share;
  const linkId = useId();
  const fileId = useId();
  const [copied, setCopied] = useState(false);
  // What the last upload said, shown beside the file input; each problem once.
  const [uploadNotice, setUploadNotice] = useState<Notice | null>(null);
  const linkRef = useRef<HTMLInputElement>(null);
  const base = `aidebt-${presetId}`;
  return (
    <div className="sim-share">
      <div className="control sim-link">
        <label htmlFor={linkId}>{s.link}</label>
        <div className="sim-row">
          <input id={linkId} ref={linkRef} type="text" readOnly className="sim-link-input" value={href} data-sim-link onFocus={(e) => e.currentTarget.select()} />
          <button
            type="button"
            className="button"
            onClick={() => {
              const input = linkRef.current;
              if (!input) return;
              input.select();
              void navigator.clipboard?.writeText(input.value).then(
                () => setCopied(true),
                () => setCopied(false),
              );
            }}
          >
            {s.copy}
          </button>
          <span role="status">{copied ? s.copied : ""}</span>
        </div>
      </div>
      <div className="sim-row sim-downloads">
        <button type="button" className="button" onClick={() => withSimModel((code) => downloadText(`${base}-scenario.json`, `${JSON.stringify(scenarioNow(code), null, 2)}\n`, "application/json"))}>
          {s.downloadScenario}
        </button>
        <button type="button" className="button" onClick={() => withSimModel((code) => downloadText(`${base}-results.csv`, resultsCsv(code.simulateFast(scenarioNow(code))), "text/csv"))}>
          {s.downloadCsv}
        </button>
        <button
          type="button"
          className="button"
          onPointerEnter={prefetchExactRun}
          onFocus={prefetchExactRun}
          onClick={() => {
            withSimModel((code) => {
              const scenario = scenarioNow(code);
              void loadExactRun().then(({ exactResultJson }) => downloadText(`${base}-results.json`, resultsJson(exactResultJson(scenario)), "application/json"));
            });
          }}
        >
          {s.downloadJson}
        </button>
      </div>
      <div className="control sim-upload">
        <label htmlFor={fileId}>{s.upload}</label>
        <input
          id={fileId}
          type="file"
          accept="application/json,.json"
          aria-describedby={`${fileId}-help`}
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            if (!file) return;
            const name = file.name.slice(0, 80);
            // A problem with the file as a whole is its one message; a scenario's problems are listed by field.
            const fileProblem = (text: string): Notice => ({ tone: "error", text, issues: [{ path: "", message: text }] });
            loadSimModel().then(({ readScenarioFile }) => readScenarioFile(file)).then(
              (r) => {
                input.value = "";
                if (r.ok) {
                  onUpload(r.scenario);
                  setUploadNotice({ tone: "ok", text: fillTemplate(s.uploaded, { name }) });
                } else if (r.error === "tooLarge") setUploadNotice(fileProblem(fillTemplate(s.tooLarge, { name, size: formatBytes(r.size) })));
                else if (r.error === "empty") setUploadNotice(fileProblem(fillTemplate(s.empty, { name })));
                else if (r.error === "notJson") setUploadNotice(fileProblem(fillTemplate(s.notJson, { name, line: r.line, column: r.column })));
                else if (r.error === "notObject") setUploadNotice(fileProblem(fillTemplate(s.notObject, { name })));
                else setUploadNotice({ tone: "error", text: fillTemplate(s.invalidFile, { name }), issues: r.issues });
              },
              () => setUploadNotice(fileProblem(fillTemplate(s.readFailed, { name }))),
            );
          }}
        />
        <p className="param-allowed" id={`${fileId}-help`}>
          {s.uploadHelp}
        </p>
        {uploadNotice ? (
          <div className={`sim-notice ${uploadNotice.tone === "ok" ? "sim-notice-ok" : "sim-notice-error"}`} role={uploadNotice.tone === "ok" ? "status" : "alert"} data-sim-notice data-upload-notice>
            {uploadNotice.issues?.length === 1 && uploadNotice.issues[0]?.path === "" ? (
              <p data-issue-path="">{uploadNotice.text}</p>
            ) : (
              <>
                <p>{uploadNotice.text}</p>
                {uploadNotice.issues?.length ? (
                  <ul className="sim-issues">
                    {uploadNotice.issues.slice(0, 30).map((issue, i) => {
                      const { href, text } = issueLink(issue);
                      return (
                        <li key={i} data-issue-path={issue.path}>
                          {href ? <a href={href}>{text}</a> : text}
                        </li>
                      );
                    })}
                  </ul>
                ) : null}
              </>
            )}
            <button type="button" className="button button-quiet" onClick={() => setUploadNotice(null)}>
              {s.dismiss}
            </button>
          </div>
        ) : null}
      </div>
    </div>
  );
});
