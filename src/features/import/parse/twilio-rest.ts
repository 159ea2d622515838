import type { ImportKind } from './import-types'
import type { ParsedRow, RowReader } from './parsed-row'
import { RowProblem } from './row-problem'
import { asResource, type TwilioItemReader } from './twilio-jsonl'

/**
 * The JSON documents in a text: one, or several written one after another
 * (pages saved back to back). Cuts at each top-level value's end.
 */
export function splitJsonDocuments(text: string): string[] {
  const documents: string[] = []
  let depth = 0
  let inString = false
  let start = -1
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]
    if (inString) {
      if (char === '\\') i += 1
      else if (char === '"') inString = false
      continue
    }
    if (char === '"') inString = true
    else if (char === '{' || char === '[') {
      if (depth === 0) start = i
      depth += 1
    } else if (char === '}' || char === ']') {
      depth -= 1
      if (depth === 0 && start >= 0) {
        documents.push(text.slice(start, i + 1))
        start = -1
      }
    }
  }
  if (depth !== 0 && start >= 0) documents.push(text.slice(start))
  return documents
}

/**
 * Twilio REST list pages saved as JSON (`{ "calls": [...] }`,
 * `{ "messages": [...] }`): one page, an array of pages, or pages back to
 * back. Pages are small (Twilio sends at most 1,000 records a page), so the
 * text is kept whole until the end.
 */
export function twilioRestReader(
  kind: ImportKind,
  readItem: TwilioItemReader,
): RowReader {
  const key = kind === 'calls' ? 'calls' : 'messages'
  const pieces: string[] = []
  return {
    push(text) {
      pieces.push(text)
      return []
    },
    end() {
      const rows: ParsedRow[] = []
      let record = 0
      const documents = splitJsonDocuments(pieces.join('').replace(/^\uFEFF/, ''))
      documents.forEach((document, index) => {
        let value: unknown
        try {
          value = JSON.parse(document)
        } catch (error) {
          record += 1
          const why = error instanceof Error ? ` (${error.message})` : ''
          const problem = new RowProblem(
            undefined,
            `page ${index + 1} is not valid JSON${why}`,
          )
          rows.push({
            line: record,
            unit: 'record',
            raw: document.slice(0, 2000),
            read: () => {
              throw problem
            },
          })
          return
        }
        const pages =
          Array.isArray(value) && value.some((page) => isPage(page, key))
            ? value
            : [value]
        for (const page of pages) {
          const items = isPage(page, key)
            ? (page[key] as unknown[])
            : Array.isArray(page)
              ? page
              : null
          if (!items) {
            record += 1
            const problem = new RowProblem(key, `page ${index + 1} has no "${key}" list`)
            rows.push({
              line: record,
              unit: 'record',
              raw: JSON.stringify(page).slice(0, 2000),
              read: () => {
                throw problem
              },
            })
            continue
          }
          for (const item of items) {
            record += 1
            rows.push({
              line: record,
              unit: 'record',
              raw: JSON.stringify(item),
              read: () => readItem(asResource(item)),
            })
          }
        }
      })
      return rows
    },
  }
}

function isPage(value: unknown, key: string): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as Record<string, unknown>)[key])
  )
}
