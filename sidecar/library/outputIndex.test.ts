import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { OutputIndex } from './outputIndex'

function folder(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'lv-index-'))
  mkdirSync(path.join(root, 'sub'))
  for (const f of ['a.png', 'b.mp4', 'notes.txt', '.hidden.png', 'sub/c.webp']) writeFileSync(path.join(root, f), 'x')
  return root
}

const names = (s: { files: readonly { path: string }[] }) => s.files.map((f) => f.path).sort()

describe('OutputIndex', () => {
  it('lists media files and keeps the same version while no folder changed', async () => {
    const root = folder()
    const index = new OutputIndex()
    const first = await index.files(root)
    expect(names(first)).toEqual(['a.png', 'b.mp4', 'sub/c.webp'])
    expect((await index.files(root)).version).toBe(first.version)
    writeFileSync(path.join(root, 'sub', 'd.png'), 'x')
    const second = await index.files(root)
    expect([names(second), second.version > first.version]).toEqual([['a.png', 'b.mp4', 'sub/c.webp', 'sub/d.png'], true])
    rmSync(path.join(root, 'sub'), { recursive: true })
    expect(names(await index.files(root))).toEqual(['a.png', 'b.mp4'])
  })

  it('reads a file changed in place (same folder mtime) at the next full rescan, in the background', async () => {
    const root = folder()
    let now = 0
    const index = new OutputIndex({ fullRescanMs: 1000, now: () => now })
    const folderTime = new Date(Date.UTC(2025, 0, 1))
    utimesSync(root, folderTime, folderTime)
    await index.files(root)
    writeFileSync(path.join(root, 'a.png'), 'longer now')
    utimesSync(root, folderTime, folderTime)
    expect((await index.files(root)).files.find((f) => f.path === 'a.png')?.size).toBe(1)
    now = 2000
    // The request that finds the rescan due still answers the listing it has.
    expect((await index.files(root)).files.find((f) => f.path === 'a.png')?.size).toBe(1)
    await index.settled()
    const changed = await index.files(root)
    expect(changed.files.find((f) => f.path === 'a.png')?.size).toBe(10)
    // A rescan that finds nothing new keeps the version (and what was sorted for it).
    now = 4000
    await index.files(root)
    await index.settled()
    expect((await index.files(root)).version).toBe(changed.version)
  })

  it('shares one walk between callers that ask at the same time', async () => {
    const root = folder()
    const index = new OutputIndex()
    const [a, b] = await Promise.all([index.files(root), index.files(root)])
    expect(a).toBe(b)
  })
})
