// Counts from each runner's machine-readable report, for `npm test`'s one closing line.
import { z } from 'zod'

export interface Counts {
  passed: number
  failed: number
  skipped: number
}

const VitestJson = z.object({
  numPassedTests: z.number(),
  numFailedTests: z.number(),
  numPendingTests: z.number(),
  numTodoTests: z.number(),
  testResults: z.array(
    z.object({
      name: z.string(),
      status: z.string(),
      message: z.string(),
      assertionResults: z.array(z.object({ status: z.string() })),
    })
  ),
})

/** pytest's junit XML: the <testsuite> element's counts (pytest writes one suite per run). */
export function pytestCounts(xml: string): Counts | null {
  const suite = /<testsuite\b([^>]*)>/.exec(xml)?.[1]
  if (suite === undefined) return null
  const attr = (name: string): number => Number(new RegExp(`\\b${name}="(\\d+)"`).exec(suite)?.[1] ?? NaN)
  const [tests, failures, errors, skipped] = [attr('tests'), attr('failures'), attr('errors'), attr('skipped')]
  if ([tests, failures, errors, skipped].some(Number.isNaN)) return null
  return { passed: tests - failures - errors - skipped, failed: failures + errors, skipped }
}

/** vitest's JSON report; a file that failed outside any test (import error, failing hook) counts as one failure. */
export function vitestCounts(json: unknown): Counts {
  const report = VitestJson.parse(json)
  const failedFiles = report.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed')
  ).length
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + failedFiles,
    skipped: report.numPendingTests + report.numTodoTests,
  }
}
