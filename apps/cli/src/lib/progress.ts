import type { Logger } from "./logger.js";

export interface Progress {
  /** Report `done` of `total` units of work. */
  update(done: number, total: number): void;
  /** Clear the bar. */
  finish(): void;
}

/**
 * A progress bar on stderr, drawn only when stderr is a TTY and the run has lasted long enough to need one;
 * redraws at most ten times a second so it never slows the work it reports on.
 */
export function createProgress(
  logger: Logger,
  label: string,
  options: { delayMs?: number; width?: number; /** report even when stderr is not a TTY */ force?: boolean } = {},
): Progress {
  const delay = options.delayMs ?? 300;
  const width = options.width ?? 30;
  const started = Date.now();
  let lastDraw = 0;
  let drawn = false;
  if (!logger.terminal.stderrIsTTY) {
    if (options.force !== true) return { update: () => undefined, finish: () => undefined };
    // not a terminal (a log file, CI): plain lines, at most one a second and one per tenth of the work
    let lastTenth = -1;
    return {
      update(done, total) {
        const now = Date.now();
        const tenth = total > 0 ? Math.floor((done / total) * 10) : 0;
        if (tenth === lastTenth && now - lastDraw < 1000 && done < total) return;
        lastTenth = tenth;
        lastDraw = now;
        logger.rawErr(`${label}: ${done}/${total} (${total > 0 ? Math.round((done / total) * 100) : 0}%)\n`);
      },
      finish: () => undefined,
    };
  }
  return {
    update(done, total) {
      const now = Date.now();
      if (now - started < delay || (now - lastDraw < 100 && done < total)) return;
      lastDraw = now;
      drawn = true;
      const ratio = total > 0 ? Math.min(1, done / total) : 0;
      const filled = Math.round(ratio * width);
      const eta = ratio > 0 ? ((now - started) / ratio - (now - started)) / 1000 : NaN;
      const etaText = Number.isFinite(eta) ? ` ~${eta.toFixed(0)}s left` : "";
      logger.rawErr(`\r${label} ${"█".repeat(filled)}${"░".repeat(width - filled)} ${(ratio * 100).toFixed(0).padStart(3)}% ${done}/${total}${etaText}\u001b[K`);
    },
    finish() {
      if (drawn) logger.rawErr("\r\u001b[K");
    },
  };
}

