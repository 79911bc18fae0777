// The closing line's counts, read from reports that real pytest and vitest runs wrote.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { findPython } from './prerequisites'
import { pytestCounts, vitestCounts } from './testCounts'

const dir = mkdtempSync(path.join(os.tmpdir(), 'lv-test-counts-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('pytestCounts', () => {
  it('counts a pass, a failure, a skip and a fixture error from a real junit report', () => {
    const python = findPython()
    expect(python.problem).toBe('')
    writeFileSync(
      path.join(dir, 'test_mixed.py'),
      [
        'import pytest',
        'def test_passes(): pass',
        'def test_fails(): assert False',
        '@pytest.mark.skip',
        'def test_skipped(): pass',
        '@pytest.fixture',
        'def broken(): raise RuntimeError("set-up failed")',
        'def test_errors(broken): pass',
      ].join('\n')
    )
    const xml = path.join(dir, 'report.xml')
    spawnSync(python.path!, ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', `--junitxml=${xml}`, 'test_mixed.py'], { cwd: dir })
    expect(pytestCounts(readFileSync(xml, 'utf8'))).toEqual({ passed: 1, failed: 2, skipped: 1 })
  })

  it('gives null for a file that is not a junit report', () => {
    expect(pytestCounts('<html></html>')).toBeNull()
  })
})

describe('vitestCounts', () => {
  it('counts passes, failures, skips, todos and a file that fails to load, from a real JSON report', () => {
    const root = path.join(dir, 'vitest-project')
    mkdirSync(root)
    const write = (name: string, text: string) => writeFileSync(path.join(root, name), text)
    // Globals, because this folder outside the repository cannot import 'vitest'.
    write('vitest.config.mjs', 'export default { test: { globals: true } }\n')
    write(
      'mixed.test.mjs',
      [
        "it('passes', () => expect(1).toBe(1))",
        "it('fails', () => expect(1).toBe(2))",
        "it.skip('is skipped', () => {})",
        "it.todo('is to do')",
      ].join('\n')
    )
    write('broken.test.mjs', "throw new Error('cannot load')\n")
    const json = path.join(dir, 'vitest.json')
    const vitest = path.resolve(import.meta.dirname, '..', 'node_modules', 'vitest', 'vitest.mjs')
    spawnSync(process.execPath, [vitest, 'run', '--root', root, '--reporter=json', `--outputFile.json=${json}`], { cwd: root })
    expect(vitestCounts(JSON.parse(readFileSync(json, 'utf8')))).toEqual({ passed: 1, failed: 2, skipped: 2 })
  })
})
