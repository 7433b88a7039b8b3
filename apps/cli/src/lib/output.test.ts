import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UsageError } from "./errors.js";
import { resolveOutput, writeOutput } from "./output.js";

const dir = (): string => mkdtempSync(join(tmpdir(), "aidebt-out-"));

describe("--output", () => {
  it("writes a new file and leaves no temporary file behind", () => {
    const d = dir();
    writeOutput({ file: join(d, "a.json"), force: false }, "{}\n");
    expect(readFileSync(join(d, "a.json"), "utf8")).toBe("{}\n");
    expect(readdirSync(d)).toEqual(["a.json"]);
  });

  it("refuses to overwrite without --force, and replaces with it", () => {
    const d = dir();
    const file = join(d, "a.txt");
    writeFileSync(file, "old");
    expect(() => writeOutput({ file, force: false }, "new")).toThrow(UsageError);
    expect(readFileSync(file, "utf8")).toBe("old");
    writeOutput({ file, force: true }, "new");
    expect(readFileSync(file, "utf8")).toBe("new");
    expect(readdirSync(d)).toEqual(["a.txt"]);
  });

  it("keeps the permissions of a file it replaces", () => {
    const d = dir();
    const file = join(d, "a.sh");
    writeFileSync(file, "old", { mode: 0o750 });
    chmodSync(file, 0o750);
    writeOutput({ file, force: true }, "new");
    expect(statSync(file).mode & 0o777).toBe(0o750);
  });

  it("names the problem when the directory is missing", () => {
    expect(() => resolveOutput({ file: join(dir(), "no", "such", "x.csv"), force: false })).toThrow(UsageError);
    try {
      resolveOutput({ file: join(dir(), "no", "x.csv"), force: false });
    } catch (error) {
      expect((error as UsageError).issues[0]?.message).toMatch(/directory .* does not exist/);
    }
  });

  it("names the problem when the parent is a file, or the directory is read-only", () => {
    const d = dir();
    writeFileSync(join(d, "file"), "");
    expect(() => resolveOutput({ file: join(d, "file", "x.csv"), force: false })).toThrow(UsageError);
    // root may write anywhere, so the permission check is only meaningful for other users
    if (process.getuid?.() !== 0) {
      chmodSync(d, 0o500);
      expect(() => resolveOutput({ file: join(d, "x.csv"), force: false })).toThrow(UsageError);
    }
  });
});
