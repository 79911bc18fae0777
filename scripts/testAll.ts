// `npm test`: checks the prerequisites, runs the Python side's tests (pytest) and every vitest project,
// and closes with one line counting both: "N passed, N failed, N skipped" (CI reads that line).
// Extra arguments go to vitest (`npm test -- --project sidecar`); pytest always runs whole.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { findChromium, findFfmpeg, findPython, missingPrerequisitesMessage } from './prerequisites'
import { type Counts, pytestCounts, vitestCounts } from './testCounts'

const REPO = path.resolve(import.meta.dirname, '..')

function runPytest(python: string, dir: string): Counts {
  const xmlFile = path.join(dir, 'pytest.xml')
  const run = spawnSync(python, ['-m', 'pytest', 'tests/python', '-q', '-p', 'no:cacheprovider', `--junitxml=${xmlFile}`], {
    cwd: REPO,
    stdio: 'inherit',
  })
  const counts = existsSync(xmlFile) ? pytestCounts(readFileSync(xmlFile, 'utf8')) : null
  if (!counts) {
    console.error(`pytest wrote no report (exit ${run.status ?? run.signal}): counted as one failure`)
    return { passed: 0, failed: 1, skipped: 0 }
  }
  // Exit 5 is "no tests collected": a run that checked nothing is a failure, not a pass.
  if (counts.failed === 0 && run.status !== 0) {
    console.error(`pytest exited ${run.status ?? run.signal} with no failing test: counted as one failure`)
    return { ...counts, failed: 1 }
  }
  return counts
}

function runVitest(args: string[], dir: string): Counts {
  const jsonFile = path.join(dir, 'vitest.json')
  const run = spawnSync(
    process.execPath,
    [path.join(REPO, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--reporter=default', '--reporter=json',
      `--outputFile.json=${jsonFile}`, ...args],
    { cwd: REPO, stdio: 'inherit' }
  )
  const counts = existsSync(jsonFile) ? vitestCounts(JSON.parse(readFileSync(jsonFile, 'utf8'))) : null
  if (!counts) {
    console.error(`vitest wrote no report (exit ${run.status ?? run.signal}): counted as one failure`)
    return { passed: 0, failed: 1, skipped: 0 }
  }
  // Unhandled errors fail vitest's run without failing a test.
  if (counts.failed === 0 && run.status !== 0) {
    console.error(`vitest exited ${run.status ?? run.signal} with no failing test (see the errors above): counted as one failure`)
    return { ...counts, failed: 1 }
  }
  if (counts.passed + counts.failed === 0) {
    console.error('vitest ran no test: counted as one failure')
    return { ...counts, failed: 1 }
  }
  return counts
}

function main(): number {
  const ffmpeg = findFfmpeg()
  const chromium = findChromium()
  const python = findPython()
  const missing = missingPrerequisitesMessage([ffmpeg, chromium, python])
  if (missing) {
    console.error(missing)
    return 2
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lv-test-all-'))
  try {
    console.log(`== Python tests (${python.path})`)
    const py = runPytest(python.path!, dir)
    console.log('== vitest (sidecar, panel, demo, browser)')
    // The browser tests launch the Chromium found here, whichever place it came from.
    process.env.LONGVIDEO_CHROMIUM = chromium.path!
    const vi = runVitest(process.argv.slice(2), dir)
    const total = { passed: py.passed + vi.passed, failed: py.failed + vi.failed, skipped: py.skipped + vi.skipped }
    console.log(`\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`)
    return total.failed === 0 ? 0 : 1
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

process.exitCode = main()
