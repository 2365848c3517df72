import fc from "fast-check";

/**
 * Property tests run on a fixed seed so CI is repeatable; set FC_SEED (and FC_RUNS) to explore further, e.g.
 * `FC_SEED=$RANDOM FC_RUNS=200000 npx jest test/engine/parse`. A counterexample found that way becomes a unit test.
 */
fc.configureGlobal({
  seed: Number(process.env.FC_SEED ?? 20261122),
  ...(process.env.FC_RUNS ? { numRuns: Number(process.env.FC_RUNS) } : {}),
});
