import { accessSync, constants, existsSync, linkSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { UsageError } from "./errors.js";

export interface OutputTarget {
  /** File to write, or undefined for stdout. */
  file?: string;
  force: boolean;
}

/** Fail before any work when `--output` cannot be written: existing file without --force, missing or read-only directory. */
export function preflightOutput({ file, force }: OutputTarget): void {
  if (file === undefined) return;
  const target = resolve(file);
  if (existsSync(target)) {
    if (statSync(target).isDirectory()) throw outputError(file, "is a directory", "a file path");
    if (!force) {
      throw new UsageError(`refusing to overwrite ${file}`, {
        issues: [{ path: "--output", message: "file already exists", received: file, allowed: "a new file, or --force to replace it" }],
        hint: "add --force to overwrite it",
      });
    }
  }
  const dir = dirname(target);
  if (!existsSync(dir)) throw outputError(file, `directory ${dir} does not exist`, "a path in an existing directory");
  if (!statSync(dir).isDirectory()) throw outputError(file, `${dir} is not a directory`, "a path in an existing directory");
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw outputError(file, `directory ${dir} is not writable`, "a path in a writable directory");
  }
}

/**
 * Write atomically: to a temporary file beside the target, then rename over it (with --force) or hard-link it
 * into place, which fails if the target appeared meanwhile, so nothing is ever half-written or clobbered.
 */
export function writeOutputFile({ file, force }: OutputTarget & { file: string }, content: string): void {
  preflightOutput({ file, force });
  const target = resolve(file);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temp, content, { flag: "wx" });
    if (force) {
      renameSync(temp, target);
    } else {
      linkSync(temp, target);
      unlinkSync(temp);
    }
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // the temporary file was never created or is already gone
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw outputError(file, "file already exists", "a new file, or --force to replace it");
    if (code === "EACCES" || code === "EPERM" || code === "EROFS" || code === "ENOENT" || code === "ENOSPC" || code === "ENOTDIR") {
      throw outputError(file, `cannot write (${code})`, "a writable path");
    }
    throw error;
  }
}

function outputError(file: string, problem: string, allowed: string): UsageError {
  return new UsageError(`cannot write output to ${file}`, {
    issues: [{ path: "--output", message: problem, received: file, allowed }],
    hint: "choose another --output path, or leave it out to print to stdout",
  });
}
