// `npm run mutate`: mutation testing of the pure rule modules (state machine, frame arithmetic, seam
// plan, path confinement, error mapping, segment binding, work caps) against their unit tests.
// On demand, not in CI (minutes on two cores). Surviving mutants are explained in bench/MUTATION.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  checkers: [],
  mutate: [
    'sidecar/engine/machine.ts',
    'sidecar/engine/jobEvents.ts',
    'sidecar/engine/runEvents.ts',
    'sidecar/engine/takeEvents.ts',
    'sidecar/engine/runQueries.ts',
    'sidecar/engine/takes.ts',
    'sidecar/engine/scheduler.ts',
    'sidecar/engine/workCaps.ts',
    'sidecar/engine/historyOutcome.ts',
    'sidecar/contract/frames.ts',
    'sidecar/workflows/bindSegment.ts',
    'sidecar/workflows/loraChain.ts',
    'sidecar/workflows/graphEdit.ts',
    'sidecar/video/seamPlan.ts',
    'sidecar/video/stitchPlan.ts',
    'sidecar/library/confinedPath.ts',
    'sidecar/comfy/comfyErrors.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  // A rerun judges only the mutants whose code or tests changed since the last run.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 80, break: 80 },
}
