// Reply files in the sandboxed renderer, which has no file system: an import is read here and
// its BYTES sent to main; an export's text comes from main and is offered as a download.
import type { ReplyFileFormat } from '../../../shared/ipc/replies'
import { REPLY_IMPORT_MAX_BYTES } from '../../../shared/ipc/replies-constants'

/** A chosen file as main receives it: its name and its bytes in base64 (main works out what it is). */
export type ReadFile = { name: string; data: string }

export class FileTooLargeError extends Error {
  constructor(readonly bytes: number) {
    super(`The file has ${bytes} bytes.`)
  }
}

/**
 * Reads the chosen file's bytes. Decoding (UTF-8, GBK, UTF-16) and telling a workbook from
 * text happen in main, which reads the file again on import rather than trusting a preview.
 */
export async function readReplyFile(file: File): Promise<ReadFile> {
  if (file.size > REPLY_IMPORT_MAX_BYTES) throw new FileTooLargeError(file.size)
  // A data: URL is the browser's own base64 encoder, fast for a few megabytes.
  const url = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(reader.result as string)
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'))
    reader.readAsDataURL(file)
  })
  return { name: file.name, data: url.slice(url.indexOf(',') + 1) }
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
