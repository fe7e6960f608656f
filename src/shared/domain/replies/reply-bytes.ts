// What a chosen file is, from its first bytes, and its text in whichever encoding wrote it.
// Chinese Windows Excel saves "CSV" in GBK, "Unicode text" in UTF-16 LE with a BOM, and
// "CSV UTF-8" with a BOM; Macs and web tools write UTF-8 without one.

export type FileKind =
  | { kind: 'text' }
  | { kind: 'zip' }
  /** A file that is neither text nor a workbook; `name` is what it is, in the agent's words. */
  | { kind: 'binary'; name: string }

const SIGNATURES: readonly { bytes: readonly number[]; name: string }[] = [
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], name: '旧版 Office 文件（Excel 97-2003 的 .xls 或 Word 的 .doc）' },
  { bytes: [0x25, 0x50, 0x44, 0x46], name: 'PDF 文档' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'PNG 图片' },
  { bytes: [0xff, 0xd8, 0xff], name: 'JPEG 图片' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'GIF 图片' },
  { bytes: [0x52, 0x61, 0x72, 0x21], name: 'RAR 压缩包' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], name: '7z 压缩包' },
  { bytes: [0x1f, 0x8b], name: 'gzip 压缩包' },
  { bytes: [0x42, 0x4d], name: 'BMP 图片' },
]

const ZIP = [0x50, 0x4b, 0x03, 0x04]

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.length <= bytes.length && signature.every((b, i) => bytes[i] === b)
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
}

export function fileKind(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, ZIP)) return { kind: 'zip' }
  if (hasUtf16Bom(bytes)) return { kind: 'text' }
  const signature = SIGNATURES.find((s) => startsWith(bytes, s.bytes))
  // BM is also how a plain text may start; only call it a bitmap when it is not text.
  if (signature && (signature.name !== 'BMP 图片' || bytes.slice(0, 512).includes(0))) return { kind: 'binary', name: signature.name }
  if (utf16WithoutBom(bytes) === undefined && bytes.slice(0, 4096).includes(0)) return { kind: 'binary', name: '二进制文件（不是文字表格）' }
  return { kind: 'text' }
}

/** UTF-16 without a BOM shows itself by a zero byte beside nearly every ASCII letter. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, 1024) & ~1)
  if (sample.length < 4) return undefined
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++
    if (sample[i + 1] === 0) oddZeros++
  }
  const pairs = sample.length / 2
  if (oddZeros > pairs * 0.4 && evenZeros === 0) return 'utf-16le'
  if (evenZeros > pairs * 0.4 && oddZeros === 0) return 'utf-16be'
  return undefined
}

/**
 * The text and the encoding it was read in. A BOM decides; otherwise strict UTF-8, and a file
 * that is not valid UTF-8 is GB18030 (a superset of GBK and GB2312).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' }
  const utf16 = utf16WithoutBom(bytes)
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' }
  }
}

/**
 * A file that is not UTF-8 was most likely saved by Excel as GBK (code page 936), which has no
 * emoji: a ? in it may be a character lost on saving.
 */
export function isLegacyEncoding(encoding: string | undefined): boolean {
  return encoding === 'gb18030'
}
