import { fillTemplate } from "@/messages/types";
import type { SimulatorMessages } from "./messages/types";
import { fieldId } from "./ParameterField";
import { problemText, type Problem } from "./problems";
import type { SchemaModel } from "./schema";
import type { Notice } from "./Share";
import { shockRowId } from "./ShockEditor";

/** Where an issue's field lives on the page (for the link in the list of problems). */
export function issueAnchor(path: string, formSchema: SchemaModel): string | null {
  const shock = /^(\w+\.shocks)\.(\d+)/.exec(path);
  if (shock) return `${shockRowId(shock[1] ?? "", Number(shock[2]))}`;
  let p = path;
  while (p) {
    if (formSchema.byPath.has(p)) return fieldId(p);
    p = p.includes(".") ? p.slice(0, p.lastIndexOf(".")) : "";
  }
  return null;
}

interface Props {
  /** What the simulator has to say (a link it could not read, a file it took); null: only the scenario's problems. */
  notice: Notice | null;
  problems: readonly Problem[];
  /** The scenario as edited is invalid, so the results are the last valid one's. */
  stale: boolean;
  schema: SchemaModel;
  m: SimulatorMessages;
  onDismiss: () => void;
}

/** The simulator's notice: what happened, and each problem linked to its field (at most 30). */
export function ProblemNotice({ notice, problems, stale, schema, m, onDismiss }: Props) {
  return (
    <div className={`sim-notice ${notice?.tone === "ok" && !stale ? "sim-notice-ok" : "sim-notice-error"}`} role={notice?.tone === "ok" ? "status" : "alert"} data-sim-notice>
      {notice ? <p>{notice.text}</p> : <p>{m.results.stale}</p>}
      {problems.length > 0 ? (
        <>
          <p className="sim-notice-title">{m.share.issuesTitle}</p>
          <ul className="sim-issues">
            {problems.slice(0, 30).map((issue, i) => {
              const anchor = issueAnchor(issue.path, schema);
              const name = issue.path === "s" ? m.share.link : (schema.byPath.get(issue.path)?.label ?? issue.path);
              const said = problemText(issue, m, schema.byPath.get(issue.path));
              const text = issue.path === "" ? said : fillTemplate(m.share.issue, { path: name, message: said });
              return (
                <li key={i} data-issue-path={issue.path}>
                  {anchor ? <a href={`#${anchor}`}>{text}</a> : text}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {notice ? (
        <button type="button" className="button button-quiet" onClick={onDismiss}>
          {m.share.dismiss}
        </button>
      ) : null}
    </div>
  );
}
