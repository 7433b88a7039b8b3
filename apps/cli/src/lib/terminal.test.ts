import { describe, expect, it } from "vitest";
import { localeLang } from "../i18n/lang.js";
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

  it("reads the language from LC_ALL, then LC_MESSAGES, then LANG, as POSIX does", () => {
    expect(localeLang({ LANG: "ja_JP.UTF-8" })).toBe("ja");
    expect(localeLang({ LANG: "en_US.UTF-8" })).toBe("en");
    expect(localeLang({ LANG: "C.UTF-8" })).toBeUndefined();
    expect(localeLang({})).toBeUndefined();
    expect(localeLang({ LC_ALL: "en_GB.UTF-8", LC_MESSAGES: "ja_JP.UTF-8", LANG: "ja_JP.UTF-8" })).toBe("en");
    expect(localeLang({ LC_ALL: "", LC_MESSAGES: "ja_JP.UTF-8", LANG: "en_US.UTF-8" })).toBe("ja");
    expect(localeLang({ LC_ALL: "C", LANG: "ja_JP.UTF-8" })).toBeUndefined();
  });

  it("follows --color always and never over the terminal and NO_COLOR, and COLUMNS over the measured width", () => {
    expect(detectTerminal({ isTTY: false }, { isTTY: false }, {}, "always").stdoutColor).toBe(true);
    expect(detectTerminal({ isTTY: true }, { isTTY: true }, { NO_COLOR: "1" }, "always").stderrColor).toBe(true);
    expect(detectTerminal({ isTTY: true }, { isTTY: true }, {}, "never").stdoutColor).toBe(false);
    expect(detectTerminal({ isTTY: true, columns: 120 }, {}, { COLUMNS: "100" }).columns).toBe(100);
    expect(detectTerminal({ isTTY: true, columns: 120 }, {}, { COLUMNS: "x" }).columns).toBe(120);
    expect(detectTerminal({}, {}, {}).columns).toBe(80);
  });
});
