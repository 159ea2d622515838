import Papa from 'papaparse'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toCsv } from '@/features/logs/export/csv-writer'

const formulaStart = /^[=+\-@\t\r\0]/

describe('the CSV writer', () => {
  it('quotes commas, quotes and line breaks, with CRLF line ends', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines', 42]])).toBe(
      '"a,b","say ""hi""","two\nlines",42\r\n',
    )
    expect(
      toCsv([
        ['one\r\ntwo', '"', 'x'],
        ['', ' ', ','],
      ]),
    ).toBe('"one\r\ntwo","""",x\r\n," ",","\r\n')
  })

  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+15550100001', `"'+15550100001"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tcmd', `"'\tcmd"`],
    ['\rcmd', `"'\rcmd"`],
    ['\0cmd', `"'\0cmd"`],
    ['=1\n+2', `"'=1\n+2"`],
    [`=cmd|'/C calc'!A0`, `"'=cmd|'/C calc'!A0"`],
    [`@SUM(1+1)*cmd|'/C calc'!A0`, `"'@SUM(1+1)*cmd|'/C calc'!A0"`],
  ])('neutralises %j', (value, cell) => {
    expect(toCsv([[value]])).toBe(`${cell}\r\n`)
  })

  it('leaves safe text and numbers alone', () => {
    expect(toCsv([['Ana Ruiz', 'Busy', -1, 0]])).toBe('Ana Ruiz,Busy,-1,0\r\n')
  })

  it('reads back as the same cells, apostrophe aside, whatever the text', () => {
    // Mostly the characters that matter: formula starts, separators, quotes, line breaks.
    const char = fc.oneof(
      fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '\0', ',', '"', "'", ' '),
      fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }),
    )
    const cell = fc.string({ unit: char, maxLength: 8 })
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), {
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
              row.map((cell) => (formulaStart.test(cell) ? `'${cell}` : cell)),
            ),
          )
        },
      ),
      { numRuns: 300 },
    )
  })
})
