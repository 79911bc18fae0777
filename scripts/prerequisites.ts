// The programs outside npm that the tests need, found once and named together when missing.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'

const REPO = path.resolve(import.meta.dirname, '..')

export interface Found {
  /** The executable to run, or null when nothing usable was found. */
  path: string | null
  /** What was looked at and why it did not do, when path is null. */
  problem: string
}

function runs(exe: string, args: string[]): boolean {
  return spawnSync(exe, args, { stdio: 'ignore', timeout: 20_000 }).status === 0
}

/** ffmpeg on PATH: the tests spawn `ffmpeg` by name. */
export function findFfmpeg(): Found {
  return runs('ffmpeg', ['-hide_banner', '-version'])
    ? { path: 'ffmpeg', problem: '' }
    : { path: null, problem: 'ffmpeg: not found on PATH (the video tests run it to make and count frames)' }
}

function chromiumCandidates(): string[] {
  const fromPlaywright = (() => {
    try {
      return chromium.executablePath()
    } catch {
      return ''
    }
  })()
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    // Where `npx playwright-core install chromium` puts its own build.
    fromPlaywright,
  ].filter(Boolean)
}

/** A Chromium or Chrome for the browser tests: LONGVIDEO_CHROMIUM, else the usual install places. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): Found {
  const explicit = env.LONGVIDEO_CHROMIUM
  if (explicit) {
    return existsSync(explicit)
      ? { path: explicit, problem: '' }
      : { path: null, problem: `Chromium: LONGVIDEO_CHROMIUM=${explicit} does not exist` }
  }
  const found = chromiumCandidates().find((file) => existsSync(file))
  return found
    ? { path: found, problem: '' }
    : {
        path: null,
        problem:
          'Chromium: not found (the browser tests drive the panel in headless Chromium; looked at /usr/bin/chromium, ' +
          "/usr/bin/chromium-browser, /snap/bin/chromium, Chrome's usual places and Playwright's download; " +
          'LONGVIDEO_CHROMIUM names another)',
      }
}

/** A Python that imports aiohttp and pytest: LONGVIDEO_PYTHON, else the repository's .venv, else python3 / python. */
export function findPython(env: NodeJS.ProcessEnv = process.env): Found {
  const candidates = [
    env.LONGVIDEO_PYTHON,
    path.join(REPO, '.venv', 'bin', 'python'),
    path.join(REPO, '.venv', 'Scripts', 'python.exe'),
    'python3',
    '/usr/bin/python3',
    'python',
  ].filter((exe): exe is string => Boolean(exe) && (!path.isAbsolute(exe!) || existsSync(exe!)))
  const usable = candidates.find((exe) => runs(exe, ['-c', 'import aiohttp, pytest']))
  if (usable) return { path: usable, problem: '' }
  const anyPython = candidates.find((exe) => runs(exe, ['--version']))
  return {
    path: null,
    problem: anyPython
      ? `Python: ${anyPython} cannot import aiohttp and pytest (the Python side's tests need both; LONGVIDEO_PYTHON names another Python)`
      : "Python: no python3 found (the Python side's tests need a Python 3 with aiohttp and pytest)",
  }
}

export const INSTALL_HELP = [
  'Install them, then run `npm test` again:',
  '  Debian/Ubuntu: sudo apt-get install -y ffmpeg chromium python3-aiohttp python3-pytest',
  '                 (on Ubuntu, where the package is `chromium-browser`, `npx playwright-core install chromium` works too)',
  '  macOS:         brew install ffmpeg python && python3 -m venv .venv && .venv/bin/pip install aiohttp pytest',
  '                 && npx playwright-core install chromium',
  '  Windows:       winget install Gyan.FFmpeg Python.Python.3.12, then in a new terminal:',
  '                 py -m venv .venv; .venv\\Scripts\\pip install aiohttp pytest; npx playwright-core install chromium',
  'A Python in the repository\'s .venv is found by itself; LONGVIDEO_PYTHON and LONGVIDEO_CHROMIUM name others.',
].join('\n')

/** One message naming every missing prerequisite and how to install them all, or '' when nothing is missing. */
export function missingPrerequisitesMessage(found: Found[]): string {
  const problems = found.filter((f) => f.path === null).map((f) => `  - ${f.problem}`)
  if (problems.length === 0) return ''
  return ['The tests need programs that are not installed:', ...problems, '', INSTALL_HELP].join('\n')
}
