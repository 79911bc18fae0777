// Setup file of the sidecar test project: a MaxListenersExceededWarning (a listener added per request
// or per retry to a socket that lives on, say) fails the test file it appears in, with where it was added.
import { afterAll, expect } from 'vitest'

const leaks: string[] = []
const onWarning = (warning: Error) => {
  if (warning.name === 'MaxListenersExceededWarning') leaks.push(warning.stack ?? warning.message)
}
process.on('warning', onWarning)

afterAll(() => {
  // Removed, so that test files run in one worker do not pile up listeners on `process` themselves.
  process.off('warning', onWarning)
  expect(leaks, 'listeners leaked: MaxListenersExceededWarning').toEqual([])
})
