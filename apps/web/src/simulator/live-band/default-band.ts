import { monteCarlo, type Scenario } from "@aidebt/model";
import { toSignificant } from "@/components/figures/significant";
import { bandsOf, type BandsResult } from "../analysis/jobs";
import { LIVE_BAND } from "./settings";

/** What the live band's chart draws of a band. */
export type DrawnBand = Pick<BandsResult, "labels" | "totalDebt">;

/**
 * The live band of a scenario computed on the server, for the page's default preset: the same model Monte Carlo
 * (settings, seed) the workers run once the reader moves a lever, so the band is there from the first paint.
 */
export function serverBand(scenario: Scenario): DrawnBand {
  const { labels, totalDebt } = bandsOf(monteCarlo(scenario, LIVE_BAND));
  return toSignificant({ labels, totalDebt });
}
