import { getPreset, parseScenario, setPath, type ScenarioIssueCode } from "@aidebt/model";
import { describe, expect, it } from "vitest";
import { getSimulatorMessages } from "./messages";
import { problemText } from "./problems";
import { schemaModel } from "./schema-build";

const base = getPreset("base")?.scenario;

function issuesFor(path: string, value: unknown) {
  const r = parseScenario(setPath(base, path, value));
  if (r.ok) throw new Error(`${path}=${String(value)} was accepted`);
  return r.issues;
}

describe("problemText", () => {
  it("words the model's issue in Japanese on the Japanese page, with the form's own range", () => {
    const ja = getSimulatorMessages("ja");
    const [issue] = issuesFor("financing.campusShare", 1.5);
    expect(issue?.code).toBe("too-large");
    const text = problemText(issue!, ja, schemaModel().byPath.get("financing.campusShare"));
    expect(text).toBe("150% は大きすぎます。許容範囲:0%〜100%");
    expect(text).not.toMatch(/too large|number from/);
  });

  it("words it in English on the English page", () => {
    const en = getSimulatorMessages("en");
    const [issue] = issuesFor("gpu.bookLifeQuarters", "22");
    expect(problemText(issue!, en, schemaModel().byPath.get("gpu.bookLifeQuarters"))).toMatch(/^"22" is the wrong kind of value\. Allowed: /);
  });

  it("has words for every code in both languages, and passes the page's own problems through", () => {
    const codes: ScenarioIssueCode[] = ["required", "wrong-type", "too-small", "too-large", "too-few-items", "too-many-items", "not-a-quarter", "unknown-key", "outside-horizon", "cash-floor-above-cash", "schema-version", "unknown-preset", "invalid"];
    for (const lang of ["ja", "en"] as const) {
      const m = getSimulatorMessages(lang);
      for (const code of codes) expect(problemText({ path: "x", code, message: "detail", received: 3 }, m, undefined)).not.toBe("");
      expect(problemText({ path: "", message: "ファイルが大きすぎます" }, m, undefined)).toBe("ファイルが大きすぎます");
    }
    const unknown = problemText({ path: "gpu.colour", code: "unknown-key", message: "unknown key", allowed: "one of: a, b" }, getSimulatorMessages("ja"), undefined);
    expect(unknown).toBe("このようなパラメータはありません。許容範囲:one of: a, b");
  });

  it("words a missing section in the page's language, naming its first keys and how many more (a partial file)", () => {
    const partial = { ...base } as Record<string, unknown>;
    delete partial.spv;
    const r = parseScenario(partial);
    if (r.ok) throw new Error("a scenario without spv was accepted");
    const issue = r.issues.find((i) => i.path === "spv");
    expect(issue?.allowed).toMatch(/^an object with keys /);
    const ja = problemText(issue!, getSimulatorMessages("ja"), undefined);
    expect(ja).not.toMatch(/an object|with keys/);
    expect(ja).toMatch(/キー dscrCovenant, .+ ほか\d+個 を持つオブジェクト/);
    const en = problemText(issue!, getSimulatorMessages("en"), undefined);
    expect(en).toMatch(/an object with the keys dscrCovenant, .+ and \d+ more/);
    expect(ja.length).toBeLessThan(200);
  });
});

