import { describe, expect, it } from "vitest";
import { parseScenarioText } from "./upload";

describe("parseScenarioText", () => {
  it("names the line and column where a file stops being JSON, never the engine's words", () => {
    expect(parseScenarioText('{"a": 1,}')).toEqual({ ok: false, error: "notJson", line: 1, column: 9 });
    expect(parseScenarioText('{\n  "a": x\n}')).toEqual({ ok: false, error: "notJson", line: 2, column: 8 });
    expect(parseScenarioText('{"a": "x\\"y", "b":')).toEqual({ ok: false, error: "notJson", line: 1, column: 19 });
    expect(parseScenarioText("\u0089PNG\r\n")).toEqual({ ok: false, error: "notJson", line: 1, column: 1 });
  });

  it("says an empty file is empty", () => {
    expect(parseScenarioText(" \n")).toEqual({ ok: false, error: "empty" });
  });
});
