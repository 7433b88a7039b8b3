// `-o PATH` against every kind of path a user can name: a FIFO, a symlink, a device node, stdout itself. The
// special files are created by the test in a temporary directory, never the system's.
import { execFileSync } from "node:child_process";
import { createReadStream, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

const tmp = (): string => mkdtempSync(join(tmpdir(), "aidebt-targets-"));
const PRESETS = ["presets", "--format", "json"];

/** mknod needs root (or CAP_MKNOD); returns the reason when the node cannot be made. */
function mknod(path: string, major: number, minor: number): string | null {
  try {
    execFileSync("mknod", [path, "c", String(major), String(minor)], { stdio: "pipe" });
    return null;
  } catch (error) {
    return `mknod ${path} failed (${String((error as { stderr?: Buffer }).stderr ?? error).trim()}): needs root or CAP_MKNOD`;
  }
}

describe.concurrent("-o on special files", () => {
  it("writes into a FIFO by opening it: the reader gets every byte and the FIFO stays a FIFO", async () => {
    const dir = tmp();
    const fifo = join(dir, "pipe");
    execFileSync("mkfifo", [fifo]);
    const chunks: Buffer[] = [];
    const reader = new Promise<string>((resolve, reject) => {
      createReadStream(fifo)
        .on("data", (chunk) => chunks.push(chunk as Buffer))
        .on("end", () => resolve(Buffer.concat(chunks).toString("utf8")))
        .on("error", reject);
    });
    const result = await run([...PRESETS, "-o", fifo, "--force"]);
    expect(result.code, result.stderr).toBe(0);
    const received = await reader;
    expect(JSON.parse(received)).toEqual(JSON.parse((await run(PRESETS)).stdout));
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(["pipe"]);
  });

  it("follows a symlink: the target is replaced atomically, the link stays a link", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "target.json"), "old");
    symlinkSync("target.json", join(dir, "link.json"));
    const refused = await run([...PRESETS, "-o", join(dir, "link.json")]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--output: file already exists");
    expect(readFileSync(join(dir, "target.json"), "utf8")).toBe("old");
    const forced = await run([...PRESETS, "-o", join(dir, "link.json"), "--force"]);
    expect(forced.code, forced.stderr).toBe(0);
    expect(lstatSync(join(dir, "link.json")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, "link.json"))).toBe("target.json");
    expect(JSON.parse(readFileSync(join(dir, "target.json"), "utf8"))).toBeInstanceOf(Array);
    expect(readdirSync(dir).sort()).toEqual(["link.json", "target.json"]);
  });

  it("refuses a dangling symlink instead of guessing where to write", async () => {
    const dir = tmp();
    symlinkSync("nowhere.json", join(dir, "link.json"));
    const result = await run([...PRESETS, "-o", join(dir, "link.json"), "--force"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--output: a symbolic link to a file that does not exist");
    expect(readdirSync(dir)).toEqual(["link.json"]);
  });

  it("writes into a character device by opening it and leaves the device node in place", async (ctx) => {
    const dir = tmp();
    const node = join(dir, "null");
    const reason = mknod(node, 1, 3);
    if (reason !== null) ctx.skip(reason);
    const result = await run([...PRESETS, "-o", node, "--force"]);
    expect(result.code, result.stderr).toBe(0);
    expect(statSync(node).isCharacterDevice()).toBe(true);
    expect(readdirSync(dir)).toEqual(["null"]);
  });

  it("reports a full device in one line with exit 1, and the device survives", async (ctx) => {
    const dir = tmp();
    const node = join(dir, "full");
    const reason = mknod(node, 1, 7);
    if (reason !== null) ctx.skip(reason);
    const result = await run([...PRESETS, "-o", node, "--force"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: cannot write output to .*full: no space left on device \(ENOSPC\)\n/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(statSync(node).isCharacterDevice()).toBe(true);
  });

  it("takes - and /dev/stdout as stdout", async () => {
    const expected = (await run(PRESETS)).stdout;
    for (const target of ["-", "/dev/stdout"]) {
      const result = await run([...PRESETS, "-o", target, "--force"]);
      expect(result.code, `${target}: ${result.stderr}`).toBe(0);
      expect(result.stdout, target).toBe(expected);
    }
  });

  it("gives an empty path its own message", async () => {
    const result = await run([...PRESETS, "-o", ""]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--output: the path is empty (allowed: a file path, or - for stdout)");
  });

  it("refuses a directory", async () => {
    const result = await run([...PRESETS, "-o", tmp(), "--force"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--output: is a directory");
  });
});
