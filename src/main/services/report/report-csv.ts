// The report as one CSV file that Chinese Excel and WPS open correctly: UTF-8 with a byte-order
// mark, CRLF lines, and cells that look like formulas (=, +, -, @) neutralised with a quote.
// Sections follow each other: a title line, a summary line, the header, the rows, a blank line.
import Papa from 'papaparse'
import type { Report } from '../../../shared/ipc/report'

export const CSV_BOM = '\uFEFF'

export function reportCsvRows(report: Report): (string | number)[][] {
  const rows: (string | number)[][] = [[report.title], [report.subtitle], []]
  for (const section of report.sections) {
    rows.push([section.title])
    if (section.summary) rows.push([section.summary])
    rows.push(section.columns.map((c) => c.header))
    for (const row of section.rows) rows.push(section.columns.map((c) => row[c.key] ?? ''))
    rows.push([])
  }
  return rows
}

export function writeReportCsv(report: Report): string {
  return CSV_BOM + Papa.unparse(reportCsvRows(report), { escapeFormulae: true, newline: '\r\n' })
}
