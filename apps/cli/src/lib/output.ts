// Where `--output PATH` writes, decided from what PATH is: a new or existing regular file is written through
// a temporary file and a link or rename, so it is never half-written; a FIFO or a character device is written
// by opening it (renaming over it would replace the device with a file); `-`, /dev/stdout and /dev/fd/N are
// the process's own descriptors. A symlink is followed to its target, which is then treated as above; a
// dangling link, a directory, a block device or a socket is refused.
import { randomBytes } from "node:crypto";
import {
  accessSync,
  chmodSync,
  closeSync,
  constants,
  linkSync,
  lstatSync,
  openSync,
  readlinkSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  type Stats,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { describeErrno, errorText } from "../i18n/errors.js";
import { CliError, UsageError } from "./errors.js";
import { safeLine } from "./sanitize.js";

export interface OutputRequest {
  /** `--output` as given, or undefined for stdout. */
  file?: string;
  force: boolean;
}

/** What `--output` names, once looked at. */
export type OutputTarget =
  | { kind: "stdout" }
  /** Another open descriptor (/dev/stderr, /dev/fd/3): written directly, never reopened or truncated. */
  | { kind: "descriptor"; fd: number; display: string }
  /** A regular file (possibly reached through a symlink), replaced atomically. */
  | { kind: "file"; path: string; display: string; exists: boolean; mode?: number }
  /** A FIFO or character device: written by opening it. */
  | { kind: "stream"; path: string; display: string };

const DESCRIPTOR = /^\/(?:dev\/fd|proc\/self\/fd)\/(\d+)$/;

/**
 * Look at `--output` before any work: fail with a usage error naming the problem when it cannot or must not
 * be written (existing file without --force, missing directory, dangling link, block device…).
 */
export function resolveOutput({ file, force }: OutputRequest): OutputTarget {
  const t = errorText().output;
  if (file === undefined || file === "-" || file === "/dev/stdout") return { kind: "stdout" };
  if (file === "") throw outputError(undefined, t.empty, t.emptyAllowed);
  const display = safeLine(file, 120);
  if (file === "/dev/stderr") return { kind: "descriptor", fd: 2, display };
  const fd = DESCRIPTOR.exec(file)?.[1];
  if (fd !== undefined) return Number(fd) === 1 ? { kind: "stdout" } : { kind: "descriptor", fd: Number(fd), display };

  let path = resolve(file);
  let stats = statOrNull(() => lstatSync(path), file);
  if (stats === null) return newFile(file, path, display);
  if (stats.isSymbolicLink()) {
    const link = path;
    try {
      path = realpathSync(link);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT") throw outputError(file, t.dangling(safeLine(readlinkSync(link), 80)), t.danglingAllowed);
      throw outputError(file, t.failed(describeErrno(code)), t.writablePath);
    }
    stats = statSync(path);
  }
  if (stats.isDirectory()) throw outputError(file, t.directory, t.fileAllowed);
  if (stats.isFile()) {
    if (!force) {
      throw new UsageError(t.refusing(display), {
        issues: [{ path: "--output", message: t.exists, received: file, allowed: t.existsAllowed }],
        hint: t.existsHint,
      });
    }
    checkDirectory(file, dirname(path));
    return { kind: "file", path, display, exists: true, mode: stats.mode & 0o7777 };
  }
  if (stats.isFIFO() || stats.isCharacterDevice()) return { kind: "stream", path, display };
  if (stats.isBlockDevice()) throw outputError(file, t.blockDevice, t.specialAllowed);
  throw outputError(file, t.socket, t.specialAllowed);
}

function newFile(file: string, path: string, display: string): OutputTarget {
  checkDirectory(file, dirname(path));
  return { kind: "file", path, display, exists: false };
}

function checkDirectory(file: string, dir: string): void {
  const t = errorText().output;
  const stats = statOrNull(() => statSync(dir), file);
  const shown = safeLine(dir, 80);
  if (stats === null) throw outputError(file, t.noDir(shown), t.dirAllowed);
  if (!stats.isDirectory()) throw outputError(file, t.notDir(shown), t.dirAllowed);
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw outputError(file, t.notWritable(shown), t.writableAllowed);
  }
}

/** lstat/stat that returns null for a path that does not exist and a usage error for one that cannot be looked at. */
function statOrNull(stat: () => Stats, file: string): Stats | null {
  try {
    return stat();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return null;
    throw outputError(file, errorText().output.failed(describeErrno(code)), errorText().output.writablePath);
  }
}

/**
 * Write `content` to a target that is not stdout. The target is looked at again first (it may have changed
 * since the preflight); a regular file is written to a temporary file beside it, then linked into place
 * (a new file: fails if one appeared meanwhile) or renamed over it (with --force), so a reader never sees a
 * partial file and a failure leaves the old one untouched.
 */
export function writeOutput(request: OutputRequest & { file: string }, content: string): void {
  const target = resolveOutput(request);
  switch (target.kind) {
    case "stdout":
      throw new Error("writeOutput: stdout is written through the logger");
    case "descriptor":
      return io(target.display, () => writeFileSync(target.fd, content));
    case "stream":
      return io(target.display, () => {
        // O_NOCTTY: a terminal device named with -o must not become the controlling terminal
        const fd = openSync(target.path, constants.O_WRONLY | constants.O_NOCTTY);
        try {
          writeFileSync(fd, content);
        } finally {
          closeSync(fd);
        }
      });
    case "file":
      return writeRegular(request.file, target, content);
  }
}

function writeRegular(file: string, target: Extract<OutputTarget, { kind: "file" }>, content: string): void {
  const t = errorText().output;
  // short enough for any file system's name limit, whatever the target's name
  const temp = join(dirname(target.path), `.${basename(target.path).slice(0, 60)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    writeFileSync(temp, content, { flag: "wx", mode: target.mode ?? 0o666 });
    if (target.mode !== undefined) chmodSync(temp, target.mode);
    if (target.exists) renameSync(temp, target.path);
    else {
      linkSync(temp, target.path);
      unlinkSync(temp);
    }
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // the temporary file was never created or is already gone
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw outputError(file, t.exists, t.existsAllowed);
    if (code === "EACCES" || code === "EPERM" || code === "EROFS" || code === "ENOENT" || code === "ENOTDIR" || code === "ENAMETOOLONG") {
      throw outputError(file, t.failed(describeErrno(code)), t.writablePath);
    }
    throw new CliError(t.ioFailed(target.display, describeErrno(code)), { cause: error });
  }
}

/** Run a write; an I/O failure (a full disk, a reader that left) is one line and exit 1. */
function io(display: string, write: () => void): void {
  try {
    write();
  } catch (error) {
    throw new CliError(errorText().output.ioFailed(display, describeErrno((error as NodeJS.ErrnoException).code)), { cause: error });
  }
}

/** A usage error about `--output`; `file` is undefined when there is nothing to echo (an empty path). */
function outputError(file: string | undefined, problem: string, allowed: string): UsageError {
  const t = errorText().output;
  return new UsageError(t.cannotWrite(file === undefined || file === "" ? '""' : safeLine(file, 120)), {
    issues: [{ path: "--output", message: problem, ...(file === undefined || file === "" ? {} : { received: file }), allowed }],
    hint: t.hint,
  });
}
