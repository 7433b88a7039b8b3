// Property tests run with a fixed fast-check seed so that CI is reproducible; set FC_SEED to explore others
// (e.g. FC_SEED=$RANDOM pnpm test). A failure prints its seed and counterexample.
import fc from "fast-check";

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20251125) });
