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
 * with =, +, -, @, tab, CR or NUL gets a leading apostrophe: spreadsheets hide it
 * and show the cell as text. E.164 numbers (+15550100001) are such cells, and
 * the apostrophe is what keeps them reading exactly as written instead of
 * turning into 1.56E+10.
 */
export function toCsv(rows: CsvValue[][]): string {
  if (rows.length === 0) return ''
  return `${Papa.unparse(rows, { escapeFormulae: formulaStart, newline: '\r\n' })}\r\n`
}
