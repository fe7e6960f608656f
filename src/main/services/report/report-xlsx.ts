// The report as an Excel workbook: an overview sheet, then one sheet per section with a bold,
// frozen, filterable header row and column widths that fit Chinese text (a Chinese character
// is two Excel width units). Cells are typed as xlsx-cells.ts says (real dates, percentages,
// numbers, XML-safe text). A section's chart, when the window drew one, is a picture beside its
// table and on the overview. exceljs is loaded on first export, not at start-up.
import type ExcelJS from 'exceljs'
import type { Report, ReportSection } from '../../../shared/ipc/report'
import { REPORT_CHART_SIZE } from '../../../shared/report-chart-option'
import { xlsxCell, xmlSafe } from './xlsx-cells'

type Progress = (done: number, total: number) => void

/** Display width in Excel units: CJK and full-width characters count double. */
export function displayWidth(text: string): number {
  let w = 0
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1
  return w
}

const MIN_WIDTH = 6
const MAX_WIDTH = 60

export function columnWidths(section: ReportSection): number[] {
  return section.columns.map((c) => {
    if (c.width !== undefined) return c.width
    let widest = displayWidth(c.header)
    for (const row of section.rows.slice(0, 300)) widest = Math.max(widest, ...String(row[c.key] ?? '').split('\n').map(displayWidth))
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2))
  })
}

/** Excel forbids []:*?/\ in sheet names, caps them at 31 characters and wants them unique. */
export function sheetName(title: string, used: Set<string>): string {
  const base = xmlSafe(title).replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 28) || 'Sheet'
  let name = base
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}${n}`
  used.add(name.toLowerCase())
  return name
}

/** A chart's title row and its picture (260 px high: 13 rows of Excel's default 20 px) with a blank row after. */
const OVERVIEW_ROWS_PER_CHART = 15

/** A section's chart as a PNG picture (drawn by the window's ECharts), by section id. */
export type ReportChartImages = ReadonlyMap<string, Uint8Array>

type Book = ExcelJS.Workbook
type Sheet = ExcelJS.Worksheet

/**
 * Without charts: the streaming writer without shared strings, several times faster than the
 * in-memory workbook for thousands of rows (an agent's month), and Excel/WPS open it the same.
 * With charts: the in-memory workbook, since the streaming writer cannot place a picture on a
 * sheet; a report with charts is the lead's, a row per agent and day at most.
 */
export async function writeReportXlsx(report: Report, overviewTitle: string, onProgress: Progress = () => undefined, charts: ReportChartImages = new Map()): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs')
  if (charts.size > 0) {
    const workbook = new ExcelJS.Workbook()
    const images = new Map([...charts].map(([id, png]) => [id, workbook.addImage({ base64: Buffer.from(png).toString('base64'), extension: 'png' })]))
    const ext = { ...REPORT_CHART_SIZE }
    fillWorkbook(workbook, report, overviewTitle, onProgress, {
      commit: () => undefined,
      // The overview shows every chart under the sections' summaries, each under its title: the
      // first sheet a lead opens reads like the PDF's pictures.
      overviewDone: (overview) => {
        let title = overview.rowCount + 2
        for (const section of report.sections) {
          const image = images.get(section.id)
          if (image === undefined) continue
          const label = overview.getRow(title)
          label.getCell(1).value = xmlSafe(section.title)
          label.font = { bold: true }
          overview.addImage(image, { tl: { col: 0, row: title }, ext })
          title += OVERVIEW_ROWS_PER_CHART
        }
      },
      // Beside the table (one empty column between), below the frozen header, so a long sheet
      // shows its chart without scrolling down.
      sectionDone: (sheet, section) => {
        const image = images.get(section.id)
        if (image !== undefined) sheet.addImage(image, { tl: { col: section.columns.length + 1, row: 1 }, ext })
      },
    })
    return new Uint8Array(await workbook.xlsx.writeBuffer())
  }
  const { PassThrough } = await import('node:stream')
  const sink = new PassThrough()
  const chunks: Buffer[] = []
  sink.on('data', (chunk: Buffer) => chunks.push(chunk))
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false })
  fillWorkbook(workbook, report, overviewTitle, onProgress, { commit: (part) => part.commit(), overviewDone: (overview) => overview.commit(), sectionDone: (sheet) => sheet.commit() })
  await workbook.commit()
  return new Uint8Array(Buffer.concat(chunks))
}

type Writer = {
  /** Hands a finished row to the streaming writer; nothing for the in-memory workbook. */
  commit(part: { commit(): void }): void
  overviewDone(overview: Sheet): void
  sectionDone(sheet: Sheet, section: ReportSection): void
}

function fillWorkbook(workbook: Book, report: Report, overviewTitle: string, onProgress: Progress, writer: Writer): void {
  workbook.creator = 'ShiftDesk'
  const used = new Set<string>()
  const overview = workbook.addWorksheet(sheetName(overviewTitle, used))
  overview.columns = [{ width: 24 }, { width: 80 }]
  const title = overview.addRow([xmlSafe(report.title)])
  title.font = { bold: true, size: 14 }
  writer.commit(title)
  writer.commit(overview.addRow([xmlSafe(report.subtitle)]))
  writer.commit(overview.addRow([]))
  for (const s of report.sections) writer.commit(overview.addRow([xmlSafe(s.title), xmlSafe(s.summary)]))
  writer.overviewDone(overview)

  const totalRows = report.sections.reduce((n, s) => n + s.rows.length, 0)
  let written = 0
  for (const section of report.sections) {
    const sheet = workbook.addWorksheet(sheetName(section.title, used), { views: [{ state: 'frozen', ySplit: 1 }] })
    const widths = columnWidths(section)
    // Long text wraps instead of running under the next column.
    sheet.columns = section.columns.map((c, i) => ({
      header: xmlSafe(c.header),
      key: c.key,
      width: widths[i],
      style: (widths[i] ?? 0) >= 30 ? { alignment: { wrapText: true, vertical: 'top' } } : {},
    }))
    if (section.columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: section.columns.length } }
    const header = sheet.getRow(1)
    header.font = { bold: true }
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF0F5FF' } }
    writer.commit(header)
    for (const row of section.rows) {
      const cells = section.columns.map((c) => xlsxCell(row[c.key]))
      const added = sheet.addRow(cells.map((c) => c.value))
      cells.forEach((c, i) => {
        if (c.numFmt) added.getCell(i + 1).numFmt = c.numFmt
      })
      writer.commit(added)
      if (++written % 500 === 0) onProgress(written, totalRows)
    }
    writer.sectionDone(sheet, section)
  }
  onProgress(totalRows, totalRows)
}
