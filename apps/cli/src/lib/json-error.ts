// Where and why JSON.parse rejected a text, found by a small scanner (with an explicit stack, so no input is
// too deeply nested for it). V8's own messages give an offset only sometimes, never a line, and quote long
// stretches of the input.

export type JsonProblem =
  | "unexpected-end"
  | "unexpected-character"
  | "expected-comma-or-brace"
  | "expected-comma-or-bracket"
  | "expected-key"
  | "expected-colon"
  | "unterminated-string"
  | "bad-escape"
  | "control-in-string"
  | "bad-number"
  | "trailing-content";

export interface JsonError {
  problem: JsonProblem;
  /** 1-based line and column (in characters) of the offending character. */
  line: number;
  column: number;
  /** The offending character, when there is one. */
  char?: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const isSpace = (c: string | undefined): boolean => c === " " || c === "\t" || c === "\n" || c === "\r";

/**
 * Find the first syntax error of a JSON text, or null when it is valid.
 *
 * @example
 * locateJsonError('{"a": 1,}'); // { problem: "expected-key", line: 1, column: 9, char: "}" }
 */
export function locateJsonError(text: string): JsonError | null {
  const stack: string[] = [];
  let i = 0;
  const fail = (problem: JsonProblem, at = i): JsonError => {
    const before = text.slice(0, at);
    const line = before.split("\n").length;
    const column = [...before.slice(before.lastIndexOf("\n") + 1)].length + 1;
    const char = text[at];
    return { problem: char === undefined && problem !== "unterminated-string" ? "unexpected-end" : problem, line, column, ...(char === undefined ? {} : { char }) };
  };
  const skip = (): void => {
    while (isSpace(text[i])) i += 1;
  };
  /** Scan a string starting at its opening quote; returns an error or null. */
  const string = (): JsonError | null => {
    i += 1;
    for (;;) {
      const c = text[i];
      if (c === undefined) return fail("unterminated-string");
      if (c === '"') {
        i += 1;
        return null;
      }
      if (c === "\\") {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return fail("bad-escape");
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return fail("bad-escape");
        continue;
      }
      if (c < " ") return fail("control-in-string");
      i += 1;
    }
  };

  let state: "value" | "key" | "after" = "value";
  for (;;) {
    skip();
    const c = text[i];
    if (state === "value") {
      if (c === "{" || c === "[") {
        stack.push(c);
        i += 1;
        skip();
        if (text[i] === (c === "{" ? "}" : "]")) {
          stack.pop();
          i += 1;
          state = "after";
        } else state = c === "{" ? "key" : "value";
      } else if (c === '"') {
        const e = string();
        if (e !== null) return e;
        state = "after";
      } else if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) {
        NUMBER.lastIndex = i;
        const m = NUMBER.exec(text);
        if (m === null) return fail("bad-number");
        i += m[0].length;
        state = "after";
      } else if (c !== undefined && ["true", "false", "null"].some((w) => text.startsWith(w, i))) {
        i += c === "f" ? 5 : 4;
        state = "after";
      } else return fail("unexpected-character");
    } else if (state === "key") {
      if (c !== '"') return fail("expected-key");
      const e = string();
      if (e !== null) return e;
      skip();
      if (text[i] !== ":") return fail("expected-colon");
      i += 1;
      state = "value";
    } else {
      const top = stack.at(-1);
      if (top === undefined) return i < text.length ? fail("trailing-content") : null;
      const close = top === "{" ? "}" : "]";
      if (c === ",") {
        i += 1;
        state = top === "{" ? "key" : "value";
      } else if (c === close) {
        stack.pop();
        i += 1;
      } else return fail(top === "{" ? "expected-comma-or-brace" : "expected-comma-or-bracket");
    }
  }
}
