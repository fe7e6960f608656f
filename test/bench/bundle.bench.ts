// Size of what the renderer downloads from disk at start: the built JS and CSS, raw and gzip.
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { result, type BenchResult } from './results'

export function bundleBench(): BenchResult[] {
  const dir = resolve(__dirname, '../../out/renderer/assets')
  const files = readdirSync(dir).filter((f) => /\.(js|css)$/.test(f))
  let raw = 0
  let gzip = 0
  for (const file of files) {
    const bytes = readFileSync(join(dir, file))
    raw += bytes.length
    gzip += gzipSync(bytes, { level: 9 }).length
  }
  return [
    result({ id: 'renderer.bundle.raw', what: 'renderer JS+CSS, raw', unit: 'bytes', value: raw, baseline: null, params: { files: files.length } }),
    result({ id: 'renderer.bundle.gzip', what: 'renderer JS+CSS, gzip -9', unit: 'bytes', value: gzip, baseline: { what: 'raw size', value: raw }, params: { files: files.length } }),
  ]
}
