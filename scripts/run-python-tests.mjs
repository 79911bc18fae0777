// Runs the Python side's tests (tests/python) with a Python that has aiohttp and pytest.
import { spawnSync } from 'node:child_process'

const candidates = [process.env.LONGVIDEO_PYTHON, '/usr/bin/python3', 'python3'].filter(Boolean)
const python = candidates.find(
  (exe) => spawnSync(exe, ['-c', 'import aiohttp, pytest'], { stdio: 'ignore' }).status === 0
)
if (!python) {
  console.error(
    'Python tests need a python3 with aiohttp and pytest: on Debian/Ubuntu run ' +
      '`apt-get install python3-aiohttp python3-pytest`, or set LONGVIDEO_PYTHON.'
  )
  process.exit(1)
}
const result = spawnSync(python, ['-m', 'pytest', 'tests/python', '-q', '-p', 'no:cacheprovider'], {
  stdio: 'inherit',
})
process.exit(result.status ?? 1)
