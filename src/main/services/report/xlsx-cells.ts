// Report cells as Excel and WPS users expect them in a workbook: dates and times as real date
// cells with a Chinese date format (sortable, filterable), rates as numbers with a percent
// format, counts as numbers; everything else as text, with the characters XML 1.0 forbids
// (control characters, U+FFFE, U+FFFF, lone surrogates) dropped so the workbook stays valid.
// Providers write cells as text ('YYYY-MM-DD', 'YYYY-MM-DD HH:mm', '15.0%'); the kind is read
// from the whole cell, so a note that merely contains a date stays text.
import type { ReportCell } from '../../../shared/ipc/report'

export const DATE_FORMAT = 'yyyy"年"m"月"d"日"'
export const DATE_TIME_FORMAT = 'yyyy"年"m"月"d"日" hh:mm'
export const PERCENT_FORMAT = '0.0%'

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/
const PERCENT = /^(-?\d+(?:\.\d+)?)%$/
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

export type XlsxCell = { value: string | number | Date | null; numFmt?: string }

export function xmlSafe(text: string): string {
  return text.replace(XML_FORBIDDEN, '')
}

/** Excel keeps no time zone: the wall-clock time is written as if it were UTC, and shown as written. */
function wallClock(y: string, mo: string, d: string, h = '0', mi = '0'): Date | null {
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)))
  return date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d) ? date : null
}

export function xlsxCell(cell: ReportCell | undefined): XlsxCell {
  if (cell === null || cell === undefined) return { value: null }
  if (typeof cell === 'number') return { value: cell }
  const dateTime = DATE_TIME.exec(cell)
  if (dateTime) {
    const at = wallClock(dateTime[1]!, dateTime[2]!, dateTime[3]!, dateTime[4], dateTime[5])
    if (at) return { value: at, numFmt: DATE_TIME_FORMAT }
  }
  const date = DATE.exec(cell)
  if (date) {
    const day = wallClock(date[1]!, date[2]!, date[3]!)
    if (day) return { value: day, numFmt: DATE_FORMAT }
  }
  const percent = PERCENT.exec(cell)
  if (percent) return { value: Number(percent[1]) / 100, numFmt: PERCENT_FORMAT }
  return { value: xmlSafe(cell) }
}
