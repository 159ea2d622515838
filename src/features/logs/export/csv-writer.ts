import Papa from 'papaparse'

export type CsvValue = string | number

/**
 * Cells that spreadsheets would run as a formula (OWASP's list, and NUL as
 * ASVS 1.2.10 adds). Papa's own default pattern misses a value with a line
 * break after the first character, so ours only looks at the first one.
 */
const formulaStart = /^[=+\-@\t\r\0]/

/**
 * Rows as CSV text (RFC 4180 quoting, CRLF line ends). A text cell starting
 * with =, +, -, @, tab, CR or NUL gets a leading apostrophe (and quotes), so a
 * spreadsheet takes it as text, never as a formula. E.164 numbers are such
 * cells: +15550100001 is written '+15550100001, because Excel would read the
 * bare + as a formula and show 1.56E+10. The apostrophe is a character of the
 * file, not the hidden text prefix a typed entry gets: it shows in the cell, and
 * a program reading the file gets it too (the export dialog says so).
 */
export function toCsv(rows: CsvValue[][]): string {
  if (rows.length === 0) return ''
  return `${Papa.unparse(rows, { escapeFormulae: formulaStart, newline: '\r\n' })}\r\n`
}
