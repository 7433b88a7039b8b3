// What a user typed or a file contained is echoed only through these: control characters become visible
// escapes (so no terminal sequence runs) and long values are cut, so that stderr stays a few lines whatever
// the input.

/** Longest echo of a received value, in characters. */
export const ECHO_MAX = 60;

// C0 controls except tab and newline, DEL, C1 controls, and the bidirectional overrides that reorder text.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_OR_NEWLINE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const escapeChar = (char: string): string => {
  const code = char.codePointAt(0) ?? 0;
  if (char === "\n") return "\\n";
  if (char === "\r") return "\\r";
  if (char === "\t") return "\\t";
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
};

/**
 * Make text safe to print: control characters as `\xNN` escapes. Newlines and tabs are kept unless `oneLine`.
 *
 * @example
 * escapeControls("a\u001b[31mb"); // "a\\x1b[31mb"
 */
export function escapeControls(text: string, options: { oneLine?: boolean } = {}): string {
  return text.replace(options.oneLine === true ? CONTROL_OR_NEWLINE : CONTROL, escapeChar);
}

/**
 * Cut text to `max` characters (code points), marking the cut with an ellipsis and the full length.
 *
 * @example
 * clip("x".repeat(100), 10); // "xxxxxxxxx… (100 characters)"
 */
export function clip(text: string, max = ECHO_MAX): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  return `${chars.slice(0, max - 1).join("")}… (${chars.length} characters)`;
}

/**
 * A received value as it appears in a message: strings quoted, one line, control characters escaped, at
 * most about 60 characters; other values as short JSON.
 *
 * @example
 * quote("0x28"); // "\"0x28\""
 * quote(Number.POSITIVE_INFINITY); // "Infinity"
 */
export function quote(value: unknown): string {
  if (typeof value === "string") return `"${clip(escapeControls(value, { oneLine: true }).replace(/"/g, '\\"'))}"`;
  if (typeof value === "number") return String(value);
  if (value === undefined) return "undefined";
  let text: string;
  try {
    text = JSON.stringify(value) ?? typeof value;
  } catch {
    // cyclic or too deep to stringify: say what it is
    text = Array.isArray(value) ? "[…]" : typeof value === "object" && value !== null ? "{…}" : typeof value;
  }
  return clip(escapeControls(text, { oneLine: true }));
}

/** One line of a message, escaped and cut to `max` characters. */
export function safeLine(text: string, max: number): string {
  return clip(escapeControls(text, { oneLine: true }), max);
}
