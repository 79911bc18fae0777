import { mkdtempSync, mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { PathRefused, checkRelativePath, isInside, resolveInside, resolveInsideSync } from './confinedPath'
import { sniffImage } from './imageKind'

function fixture() {
  const base = mkdtempSync(path.join(tmpdir(), 'lv-confine-'))
  const root = path.join(base, 'root')
  const outside = path.join(base, 'outside')
  mkdirSync(path.join(root, 'sub'), { recursive: true })
  mkdirSync(outside)
  writeFileSync(path.join(root, 'sub', 'a.png'), 'x')
  writeFileSync(path.join(outside, 'secret.png'), 'x')
  symlinkSync(outside, path.join(root, 'escape'))
  symlinkSync(path.join(root, 'sub'), path.join(root, 'inner'))
  return { root, outside }
}

describe('checkRelativePath', () => {
  it.each(['../x.png', 'sub/../../x.png', '/etc/passwd', 'C:\\Windows\\x.png', '..\\x.png', 'a\0b'])(
    'refuses %j',
    (rel) => {
      expect(() => checkRelativePath(rel, 'path')).toThrow(PathRefused)
    }
  )

  it('normalizes separators and a leading ./', () => {
    expect(checkRelativePath('./sub\\a.png', 'path')).toBe('sub/a.png')
  })
})

describe('resolveInside', () => {
  it('resolves a file inside the root, also through a symlink that stays inside', async () => {
    const { root } = fixture()
    await expect(resolveInside(root, 'sub/a.png', 'path')).resolves.toMatch(/root\/sub\/a\.png$/)
    await expect(resolveInside(root, 'inner/a.png', 'path')).resolves.toMatch(/root\/sub\/a\.png$/)
  })

  it('refuses a symlink leading out of the root and names the field', async () => {
    const { root } = fixture()
    await expect(resolveInside(root, 'escape/secret.png', 'image')).rejects.toMatchObject({
      field: 'image',
      message: expect.stringMatching(/outside/),
    })
  })

  it('says so when the file does not exist', async () => {
    const { root } = fixture()
    await expect(resolveInside(root, 'nope.png', 'path')).rejects.toThrow(/no such file/)
  })
})

describe('sniffImage', () => {
  it('knows PNG, JPEG, WEBP and GIF by their bytes and nothing else', () => {
    expect(sniffImage(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('png')
    expect(sniffImage(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg')
    expect(sniffImage(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('webp')
    expect(sniffImage(Buffer.from('GIF89a'))).toBe('gif')
    expect(sniffImage(Buffer.from('<?php echo 1; ?>'))).toBeNull()
  })
})

describe('the rule, exactly (written against surviving mutants)', () => {
  const refusal = (fn: () => unknown): [string, string, string] => {
    try {
      fn()
    } catch (err) {
      if (err instanceof PathRefused) return [err.message, err.field, err.reason]
      throw err
    }
    throw new Error('not refused')
  }

  it('says why a text is refused, naming the field', () => {
    expect(refusal(() => checkRelativePath('a\0b', 'path'))).toEqual(['path contains a NUL byte', 'path', 'text'])
    expect(refusal(() => checkRelativePath('/etc/passwd', 'image'))).toEqual(['absolute paths are not allowed; give a path relative to the folder', 'image', 'text'])
    expect(refusal(() => checkRelativePath('C:/Windows', 'image'))).toEqual(['absolute paths are not allowed; give a path relative to the folder', 'image', 'text'])
    expect(refusal(() => checkRelativePath('a\\..\\b', 'folder'))).toEqual(['".." is not allowed in a path', 'folder', 'text'])
  })

  it('takes a drive-like colon inside a name, and trims "./" in front and slashes behind', () => {
    expect(checkRelativePath('shots/take:2.png', 'p')).toBe('shots/take:2.png')
    expect(checkRelativePath('.//sub/a.png', 'p')).toBe('sub/a.png')
    expect(checkRelativePath('sub///', 'p')).toBe('sub')
    expect(checkRelativePath('sub/./a', 'p')).toBe('sub/./a')
    expect(checkRelativePath('..a/b..', 'p')).toBe('..a/b..')
  })

  it('counts the root itself and names starting with ".." as inside, and anything above or beside it as outside', () => {
    expect(isInside('/r/root', '/r/root')).toBe(true)
    expect(isInside('/r/root', '/r/root/..hidden')).toBe(true)
    expect(isInside('/r/root', '/r/root/a/b')).toBe(true)
    expect(isInside('/r/root', '/r')).toBe(false)
    expect(isInside('/r/root', '/r/rootless')).toBe(false)
    expect(isInside('/r/root', '/r/other/x')).toBe(false)
  })

  it('refuses a missing path and a symlink out, the same way with and without waiting', async () => {
    const { root } = fixture()
    expect(refusal(() => resolveInsideSync(root, 'sub/none.png', 'image'))).toEqual(['no such file or folder: sub/none.png', 'image', 'missing'])
    expect(refusal(() => resolveInsideSync(root, 'escape/secret.png', 'image'))).toEqual(['this path leads outside the folder (through a symlink)', 'image', 'outside'])
    expect(resolveInsideSync(root, 'inner/a.png', 'image')).toBe(path.join(realpathSync(root), 'sub', 'a.png'))
    expect(resolveInsideSync(root, '', 'folder')).toBe(realpathSync(root))
    const missing = await resolveInside(root, 'gone/', 'folder').catch((err: PathRefused) => [err.message, err.reason])
    expect(missing).toEqual(['no such file or folder: gone', 'missing'])
    const rootMissing = path.join(root, 'sub', 'a.png', 'x')
    expect(refusal(() => resolveInsideSync(rootMissing.slice(0, -2), 'x', 'f'))[2]).toBe('missing')
  })
})
