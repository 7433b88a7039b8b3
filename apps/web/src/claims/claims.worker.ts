/// <reference lib="webworker" />
// The simulator's claims worker. claims() is one synchronous run of a few dozen simulations (0.3–1 s), and the
// model's worker protocol has no job for it, so it runs here: one request at a time; a superseded request is
// cancelled by terminating the worker once it has said it is ready (use-claims.ts).
import { claims } from "@aidebt/model";
import { getClaimsMessages } from "./messages";
import type { ClaimsRequest, ClaimsResponse } from "./use-claims";
import { claimsView } from "./view";

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener("message", (event: MessageEvent<ClaimsRequest>) => {
  const { id, scenario, lang } = event.data;
  let response: ClaimsResponse;
  try {
    response = { type: "claims", id, ok: true, view: claimsView(claims(scenario), scenario, lang, getClaimsMessages(lang)) };
  } catch (error) {
    response = { type: "claims", id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
});

scope.postMessage({ type: "ready" } satisfies ClaimsResponse);
