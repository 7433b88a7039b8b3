// Every message the CLI writes to stderr about a problem, in both languages. Values the user gave arrive
// already quoted (sanitize.quote): these functions only word the problem.
import { uiLang, type Lang } from "./lang.js";

const en = {
  error: "error:",
  warning: "warning:",
  hint: "hint:",
  allowed: "allowed",
  got: "got",
  more: (n: number) => `… and ${n} more`,
  debugHint: "(run again with --debug for a stack trace)",
  helpHint: "(add --help for usage and examples)",
  aborted: "aborted",
  interrupted: (signal: string) => `interrupted by ${signal}`,
  stdout: (reason: string) => `cannot write to stdout: ${reason}`,
  output: {
    cannotWrite: (file: string) => `cannot write output to ${file}`,
    empty: "the path is empty",
    emptyAllowed: "a file path, or - for stdout",
    exists: "file already exists",
    existsAllowed: "a new file, or --force to replace it",
    existsHint: "add --force to overwrite it",
    refusing: (file: string) => `refusing to overwrite ${file}`,
    directory: "is a directory",
    fileAllowed: "a file path",
    noDir: (dir: string) => `directory ${dir} does not exist`,
    notDir: (dir: string) => `${dir} is not a directory`,
    dirAllowed: "a path in an existing directory",
    notWritable: (dir: string) => `directory ${dir} is not writable`,
    writableAllowed: "a path in a writable directory",
    dangling: (target: string) => `a symbolic link to a file that does not exist (${target})`,
    danglingAllowed: "a link to an existing file, or the file's own path",
    blockDevice: "is a block device: refusing to write a disk",
    socket: "is a socket",
    specialAllowed: "a regular file, a FIFO, a character device or - for stdout",
    failed: (reason: string) => `cannot write (${reason})`,
    writablePath: "a writable path",
    hint: "choose another --output path, or leave it out to print to stdout",
    ioFailed: (file: string, reason: string) => `cannot write output to ${file}: ${reason}`,
  },
  errno: {
    ENOSPC: "no space left on device",
    EACCES: "permission denied",
    EPERM: "operation not permitted",
    EROFS: "read-only file system",
    ENOENT: "no such file or directory",
    ENOTDIR: "a part of the path is not a directory",
    ENAMETOOLONG: "file name too long",
    EISDIR: "is a directory",
    EPIPE: "the reader has gone",
    EIO: "input/output error",
    EDQUOT: "disk quota exceeded",
    EFBIG: "file too large",
    ENXIO: "no reader on the other end",
  } as Record<string, string>,
};

export type ErrorText = typeof en;

const ja: ErrorText = {
  error: "エラー:",
  warning: "警告:",
  hint: "ヒント:",
  allowed: "指定できる値",
  got: "受け取った値",
  more: (n) => `…ほか${n}件`,
  debugHint: "(スタックトレースは --debug を付けて再実行)",
  helpHint: "(使い方と例は --help)",
  aborted: "中断しました",
  interrupted: (signal) => `${signal} で中断しました`,
  stdout: (reason) => `標準出力に書き込めません: ${reason}`,
  output: {
    cannotWrite: (file) => `${file} に出力を書き込めません`,
    empty: "パスが空です",
    emptyAllowed: "ファイルのパス、または標準出力を表す -",
    exists: "ファイルがすでにあります",
    existsAllowed: "新しいファイル、または置き換えるなら --force",
    existsHint: "上書きするには --force を付けてください",
    refusing: (file) => `${file} は上書きしません`,
    directory: "ディレクトリです",
    fileAllowed: "ファイルのパス",
    noDir: (dir) => `ディレクトリ ${dir} がありません`,
    notDir: (dir) => `${dir} はディレクトリではありません`,
    dirAllowed: "既存のディレクトリの中のパス",
    notWritable: (dir) => `ディレクトリ ${dir} に書き込めません`,
    writableAllowed: "書き込めるディレクトリの中のパス",
    dangling: (target) => `存在しないファイルへのシンボリックリンクです (${target})`,
    danglingAllowed: "既存のファイルへのリンク、またはファイル自体のパス",
    blockDevice: "ブロックデバイスです。ディスクには書き込みません",
    socket: "ソケットです",
    specialAllowed: "通常のファイル、FIFO、キャラクタデバイス、または標準出力を表す -",
    failed: (reason) => `書き込めません (${reason})`,
    writablePath: "書き込めるパス",
    hint: "別の --output を指定するか、省略して標準出力に出してください",
    ioFailed: (file, reason) => `${file} に出力を書き込めません: ${reason}`,
  },
  errno: {
    ENOSPC: "デバイスに空きがありません",
    EACCES: "権限がありません",
    EPERM: "許可されていない操作です",
    EROFS: "読み取り専用のファイルシステムです",
    ENOENT: "ファイルもディレクトリもありません",
    ENOTDIR: "パスの途中がディレクトリではありません",
    ENAMETOOLONG: "ファイル名が長すぎます",
    EISDIR: "ディレクトリです",
    EPIPE: "読み手が終了しました",
    EIO: "入出力エラー",
    EDQUOT: "ディスク容量の上限を超えました",
    EFBIG: "ファイルが大きすぎます",
    ENXIO: "読み手がいません",
  },
};

/** The messages in the process's language (or a given one). */
export function errorText(lang: Lang = uiLang()): ErrorText {
  return lang === "ja" ? ja : en;
}

/** An errno code in words, with the code: "no space left on device (ENOSPC)". */
export function describeErrno(code: string | undefined, lang: Lang = uiLang()): string {
  if (code === undefined) return errorText(lang).errno.EIO ?? "I/O error";
  const words = errorText(lang).errno[code];
  return words === undefined ? code : `${words} (${code})`;
}
