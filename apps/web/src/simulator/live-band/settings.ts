/**
 * The live band's Monte Carlo settings: the analysis section's defaults (a 20% yearly spread of AI demand
 * growth, no rate noise) at 1,000 paths, with a fixed seed so that the same scenario always draws the same
 * band and a moved lever changes the band only through the scenario. Shared by the browser's workers and the
 * server, which draws the default preset's band into the page.
 */
export const LIVE_BAND = { paths: 1000, seed: 42, demandVolatility: 0.2, rateVolatility: 0 } as const;
