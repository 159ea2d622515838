import Papa from 'papaparse'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toCsv } from '@/features/logs/export/csv-writer'

describe('the CSV writer', () => {
  it('quotes commas, quotes and line breaks, with CRLF line ends', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines', 42]])).toBe(
      '"a,b","say ""hi""","two\nlines",42\r\n',
    )
  })

  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+15550100001', `"'+15550100001"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tcmd', `"'\tcmd"`],
    ['\rcmd', `"'\rcmd"`],
    ['=1\n+2', `"'=1\n+2"`],
  ])('neutralises %j', (value, cell) => {
    expect(toCsv([[value]])).toBe(`${cell}\r\n`)
  })

  it('leaves safe text and numbers alone', () => {
    expect(toCsv([['Ana Ruiz', 'Busy', -1, 0]])).toBe('Ana Ruiz,Busy,-1,0\r\n')
  })

  it('reads back as the same cells, apostrophe aside, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (rows) => {
          const parsed = Papa.parse<string[]>(toCsv(rows), {
            newline: '\r\n',
            delimiter: ',',
          }).data
          const cells = parsed.slice(0, rows.length)
          expect(cells).toEqual(
            rows.map((row) =>
              row.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)),
            ),
          )
        },
      ),
    )
  })
})
