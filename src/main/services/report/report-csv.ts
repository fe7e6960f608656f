// The report as one CSV file that Chinese Excel and WPS open correctly: UTF-8 with a byte-order
// mark, CRLF lines, formulas neutralised and long digit strings (order numbers) kept as text,
// cell by cell as shared/domain/replies/csv-excel.ts says (docs/replies.md, "CSV for Excel").
// Sections follow each other: a title line, a summary line, the header, the rows, a blank line.
import Papa from 'papaparse'
import { excelCsvCell } from '../../../shared/domain'
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
  return CSV_BOM + Papa.unparse(reportCsvRows(report).map((row) => row.map(excelCsvCell)), { newline: '\r\n' })
}
