// The chart pictures the window sends with an XLSX export, as bytes by section id. Only a PNG is
// taken: the workbook names the picture image/png, and Excel shows a broken frame for anything else.
import { DeskError } from '../../../shared/contract'
import type { ReportChartPng } from '../../../shared/ipc/lead'
import type { ReportChartImages } from './report-xlsx'

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

export function chartImages(pictures: readonly ReportChartPng[]): ReportChartImages {
  const images = new Map<string, Uint8Array>()
  for (const { sectionId, png } of pictures) {
    const bytes = new Uint8Array(Buffer.from(png, 'base64'))
    if (!PNG_SIGNATURE.every((b, i) => bytes[i] === b)) {
      throw new DeskError('invalid-input', `The chart picture for ${sectionId} is not a PNG image. Export again; if it keeps failing, export the PDF, which draws its own charts.`)
    }
    images.set(sectionId, bytes)
  }
  return images
}
