import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { PathRefused, checkRelativePath, resolveInside } from './confinedPath'
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
