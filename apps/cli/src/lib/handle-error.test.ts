import { describe, expect, it } from "vitest";
import { CheckFailedError, UsageError } from "./errors.js";
import { formatIssue, handleError } from "./handle-error.js";
import { createLogger } from "./logger.js";
import { detectTerminal } from "./terminal.js";

function capture(): { logger: ReturnType<typeof createLogger>; err: () => string } {
  let err = "";
  const logger = createLogger(detectTerminal({}, {}, {}), {
    stdout: { write: () => true },
    stderr: { write: (chunk: string) => ((err += chunk), true) },
  });
  return { logger, err: () => err };
}

describe("handleError", () => {
  it("formats issues as field: problem (allowed: …) and exits 2 without a stack", () => {
    const { logger, err } = capture();
    const error = new UsageError("invalid scenario from base", {
      issues: [{ path: "demand.aiGrowthAnnual", message: "too big", received: 5, allowed: "-0.5 to 1" }],
      hint: "run `aidebt schema`",
    });
    expect(handleError(error, logger, { debug: false })).toBe(2);
    expect(err()).toMatchInlineSnapshot(`
      "error: invalid scenario from base
        demand.aiGrowthAnnual: too big, got 5 (allowed: -0.5 to 1)
      hint: run \`aidebt schema\`
      "
    `);
    expect(err()).not.toContain("at ");
  });

  it("treats anything carrying issues (the model's ScenarioError) as the user's mistake", () => {
    const { logger, err } = capture();
    const error = Object.assign(new Error("invalid scenario"), { name: "ScenarioError", issues: [{ path: "horizonQuarters", message: "must be positive", received: -1 }] });
    expect(handleError(error, logger, { debug: false })).toBe(2);
    expect(err()).toContain("horizonQuarters: must be positive, got -1");
  });

  it("exits 1 with one line per failed check", () => {
    const { logger, err } = capture();
    expect(handleError(new CheckFailedError(["check failed: a == 1 (a is 2)"]), logger, { debug: false })).toBe(1);
    expect(err()).toBe("check failed: a == 1 (a is 2)\n");
  });

  it("exits 1 for unexpected errors and shows the stack only with --debug", () => {
    const plain = capture();
    expect(handleError(new Error("boom"), plain.logger, { debug: false })).toBe(1);
    expect(plain.err()).toContain("error: boom");
    expect(plain.err()).not.toMatch(/\n\s+at /);
    const debug = capture();
    handleError(new Error("boom"), debug.logger, { debug: true });
    expect(debug.err()).toMatch(/\n\s+at /);
  });

  it("does not repeat a received value the message already names", () => {
    expect(formatIssue({ path: "x", message: 'invalid value "a"', received: "a" })).toBe('x: invalid value "a"');
  });
});
