// Long output to a terminal goes through the user's pager, as git and gh do: AIDEBT_PAGER, else PAGER, run
// by the shell; an empty value or `cat` means no pager. Only when stdout is a TTY and the text is taller than
// the terminal; pipes and files always get the text directly.
import { spawn } from "node:child_process";

/** The pager command to use, or undefined for none. */
export function pagerCommand(env: NodeJS.ProcessEnv): string | undefined {
  const command = (env.AIDEBT_PAGER ?? env.PAGER ?? "").trim();
  return command === "" || command === "cat" ? undefined : command;
}

/**
 * Write `text` through the pager and wait for it to exit. Resolves false when the pager could not be started
 * (the caller then prints the text itself); a pager quit before the end (EPIPE) is not an error.
 */
export function page(command: string, text: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  return new Promise((resolve) => {
    // less: quit if one screen (F), keep colours (R), leave the screen as it is (X)
    const child = spawn(command, { shell: true, stdio: ["pipe", "inherit", "inherit"], env: { LESS: "FRX", LV: "-c", ...env } });
    let started = false;
    child.on("spawn", () => {
      started = true;
      child.stdin.on("error", () => undefined);
      child.stdin.end(text);
    });
    child.on("error", () => resolve(started));
    child.on("close", (code) => resolve(started && code !== 127));
  });
}
