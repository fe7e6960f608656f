// Cells of a CSV that Chinese Excel and WPS open by double-click, without changing what they say.
//
// - Formulas: a cell starting with = + - @ tab or CR (multi-line cells too) gets a leading '
//   so it is shown as text, never run. PapaParse's own escapeFormulae needs the whole cell on
//   one line, so a multi-line "=HYPERLINK(...)\n..." went out raw; this check looks at the start only.
// - Long digit strings (order numbers, 12+ digits, and numbers with a leading zero) are written
//   as ="0123…": the documented way to make Excel and WPS keep such a cell as text, in full,
//   instead of 3.87654E+18 or a dropped leading 0. These cells hold nothing but digits, so
//   they are the only cells of our CSV files that start with = (a constant, not a formula
//   anyone could inject). Import reads both forms back to the original text.
export const CSV_FORMULA_START = /^[=+\-@\t\r]/
const LONG_DIGITS = /^(?:\d{12,}|0\d{5,})$/
const TEXT_DIGITS = /^="(\d+)"$/
const GUARDED = /^'(?=[=+\-@\t\r])/

/** One cell as it must be written (before CSV quoting). */
export function excelCsvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return ''
  const text = String(value)
  if (LONG_DIGITS.test(text)) return `="${text}"`
  return CSV_FORMULA_START.test(text) ? `'${text}` : text
}

/** A cell read back from a CSV (or a sheet) that excelCsvCell wrote, as it was before. */
export function fromExcelCsvCell(cell: string): string {
  const digits = TEXT_DIGITS.exec(cell)
  return digits ? digits[1]! : cell.replace(GUARDED, '')
}
