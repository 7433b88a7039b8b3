import type { ModelRunner } from "@aidebt/model/worker";

/**
 * A pool of the page's model workers (the model's own protocol, `./worker.ts`), its code loaded on first use.
 * The simulator's analyses and the claims panel each keep one, so that the claims never queue behind a Monte
 * Carlo run.
 */
export async function createPagePool(options: { size: number; hardCancelMs: number; name: string }): Promise<ModelRunner> {
  const { createModelRunner, webWorkerHandle } = await import("@aidebt/model/worker");
  return createModelRunner({
    size: options.size,
    hardCancelMs: options.hardCancelMs,
    spawn: () => webWorkerHandle(new Worker(new URL("./worker.ts", import.meta.url), { type: "module", name: options.name })),
  });
}
