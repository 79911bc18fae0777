// The unit tests of the pure rule modules, for mutation testing (stryker.config.mjs): no simulated
// ComfyUI, no ffmpeg, so each mutant is judged in well under a second.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    environment: 'node',
    include: [
      'sidecar/engine/machine.test.ts',
      'sidecar/engine/jobEvents.test.ts',
      'sidecar/engine/runEvents.test.ts',
      'sidecar/engine/takeEvents.test.ts',
      'sidecar/engine/takes.test.ts',
      'sidecar/engine/workCaps.test.ts',
      'sidecar/engine/historyOutcome.test.ts',
      'sidecar/contract/frames.test.ts',
      'sidecar/workflows/bindSegment.test.ts',
      'sidecar/workflows/graphEdit.test.ts',
      'sidecar/contract/frameCount.test.ts',
      'sidecar/video/seamPlan.test.ts',
      'sidecar/video/stitchPlan.test.ts',
      'sidecar/library/confinedPath.test.ts',
      'sidecar/comfy/comfyErrors.test.ts',
    ],
  },
})
