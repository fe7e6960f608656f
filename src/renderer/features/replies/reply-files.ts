// Reply files in the sandboxed renderer, which has no file system: an import is read here and
// its TEXT sent to main; an export's text comes from main and is offered as a download.
import { REPLY_IMPORT_MAX_BYTES, type ReplyFileFormat } from '../../../shared/ipc/replies'

export type ReadFile = { name: string; format: ReplyFileFormat; text: string }

export class FileTooLargeError extends Error {
  constructor(readonly bytes: number) {
    super(`The file has ${bytes} bytes.`)
  }
}

/**
 * Reads a CSV or JSON file as text. UTF-8 (with or without BOM) is expected; a file Chinese
 * Excel saved as plain "CSV" is GBK, which is read as such instead of becoming mojibake.
 */
export async function readReplyFile(file: File): Promise<ReadFile> {
  if (file.size > REPLY_IMPORT_MAX_BYTES) throw new FileTooLargeError(file.size)
  const bytes = new Uint8Array(await file.arrayBuffer())
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    text = new TextDecoder('gb18030').decode(bytes)
  }
  return { name: file.name, format: /\.json$/i.test(file.name) ? 'json' : 'csv', text }
}

/** Offers `text` as a file download (a Blob link works in Electron and in Chromium). */
export function downloadText(fileName: string, text: string, format: ReplyFileFormat): void {
  const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json;charset=utf-8'
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
