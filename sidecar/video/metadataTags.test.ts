import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseFfmetadata, readMetadataTags } from './metadataTags'

const dir = mkdtempSync(path.join(tmpdir(), 'lv-meta-test-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('parseFfmetadata', () => {
  it('reads global tags with escaped = ; # and newlines, and stops at the first section', () => {
    const text = ';FFMETADATA1\ntitle=a\\=b\\;c\\#d\ncomment=line one\\\nline two\nencoder=Lavf\n[STREAM]\ntitle=stream\n'
    expect(parseFfmetadata(text)).toEqual({ title: 'a=b;c#d', comment: 'line one\nline two', encoder: 'Lavf' })
  })
})

describe('readMetadataTags', () => {
  it('reads the prompt JSON ffmpeg wrote into an MP4 with use_metadata_tags', async () => {
    const file = path.join(dir, 'tagged.mp4')
    const prompt = JSON.stringify({ '1': { class_type: 'CLIPTextEncode', inputs: { text: 'a fox; runs = fast\nhome' } } })
    execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=s=64x64:d=0.2', '-c:v', 'libx264', '-pix_fmt', 'yuv420p',
      '-metadata', `prompt=${prompt}`, '-movflags', 'use_metadata_tags', file])
    const tags = await readMetadataTags(file, 'ffmpeg')
    expect(JSON.parse(tags.prompt ?? 'null')).toEqual(JSON.parse(prompt))
  })
})
