import { describe, expect, it } from "vitest";
import { defaultLang } from "./context.js";
import { detectTerminal, displayWidth, makeStyle } from "./terminal.js";

describe("terminal detection", () => {
  it("colours only a TTY, never with NO_COLOR or TERM=dumb", () => {
    expect(detectTerminal({ isTTY: true }, { isTTY: true }, {}).stdoutColor).toBe(true);
    expect(detectTerminal({ isTTY: false }, { isTTY: true }, {}).stdoutColor).toBe(false);
    expect(detectTerminal({ isTTY: true }, { isTTY: true }, { NO_COLOR: "1" }).stdoutColor).toBe(false);
    expect(detectTerminal({ isTTY: true }, { isTTY: true }, { NO_COLOR: "1" }).stderrColor).toBe(false);
    expect(detectTerminal({ isTTY: true }, { isTTY: true }, { TERM: "dumb" }).stdoutColor).toBe(false);
    expect(detectTerminal({ isTTY: true }, { isTTY: true }, { FORCE_COLOR: "0" }).stdoutColor).toBe(false);
    expect(detectTerminal({ isTTY: false }, { isTTY: false }, { FORCE_COLOR: "1" }).stdoutColor).toBe(false);
  });

  it("gives plain text styles when colour is off", () => {
    expect(makeStyle(false).red("x")).toBe("x");
    expect(makeStyle(true).red("x")).toBe("\u001b[31mx\u001b[39m");
  });

  it("counts Japanese characters as two columns", () => {
    expect(displayWidth("借金abc")).toBe(7);
    expect(displayWidth(makeStyle(true).bold("ab"))).toBe(2);
  });

  it("picks the language from LANG, defaulting to Japanese", () => {
    expect(defaultLang({ LANG: "ja_JP.UTF-8" })).toBe("ja");
    expect(defaultLang({ LANG: "en_US.UTF-8" })).toBe("en");
    expect(defaultLang({ LANG: "C.UTF-8" })).toBe("ja");
    expect(defaultLang({})).toBe("ja");
  });
});
