import { Download } from 'lucide-react'
import { Button } from '@/components/button'
import { formatCount } from '@/lib/format'
import type { RejectedRow } from './parse/import-types'
import { rejectedRowsCsv } from './parse/rejected-csv'

/** How many rows the list shows; the download has them all. */
const shown = 50

function download(rows: readonly RejectedRow[], fileName: string) {
  const url = URL.createObjectURL(new Blob([rejectedRowsCsv(rows)], { type: 'text/csv' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** The rows that could not be read, each with why; the rest imports. */
export function RejectedRows({
  rows,
  fileName,
}: {
  rows: RejectedRow[]
  fileName: string
}) {
  if (rows.length === 0) return null
  return (
    <section aria-labelledby="rejected-heading" className="mt-4">
      <div className="flex items-center justify-between gap-2">
        <h3 id="rejected-heading" className="text-sm font-semibold">
          Rows not imported ({formatCount(rows.length)})
        </h3>
        <Button
          size="sm"
          onClick={() =>
            download(rows, `${fileName.replace(/\.[^.]*$/, '')}-not-imported.csv`)
          }
        >
          <Download aria-hidden className="size-3.5" />
          Download the list
        </Button>
      </div>
      <ul className="mt-2 max-h-40 overflow-auto rounded-md border border-line text-xs">
        {rows.slice(0, shown).map((row) => (
          <li key={row.line} className="border-b border-line px-2 py-1.5 last:border-b-0">
            {row.reason}
          </li>
        ))}
        {rows.length > shown ? (
          <li className="px-2 py-1.5 text-muted">
            And {formatCount(rows.length - shown)} more, in the download.
          </li>
        ) : null}
      </ul>
    </section>
  )
}
