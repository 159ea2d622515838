import { Download } from 'lucide-react'
import { lazy, Suspense, useState } from 'react'
import type { LogKind, LogQuery } from '@/domain/log-query'
import type { CsvField } from './export-log'

// The CSV writer and its dialog load only when someone exports.
const ExportDialog = lazy(() =>
  import('./export-dialog').then((module) => ({ default: module.ExportDialog })),
)

type ExportButtonProps<T> = {
  kind: LogKind
  query: LogQuery
  fields: CsvField<T>[]
  disabled: boolean
}

export function ExportButton<T>({ kind, query, fields, disabled }: ExportButtonProps<T>) {
  // What to export is fixed when the export starts; later renders do not restart it.
  const [job, setJob] = useState<{ query: LogQuery; fields: CsvField<T>[] } | null>(null)
  return (
    <>
      <button
        type="button"
        disabled={disabled}
        onClick={() => setJob({ query, fields })}
        className="inline-flex h-8 items-center gap-1.5 rounded-md border border-line bg-surface px-2.5 text-xs font-medium hover:bg-surface-2 disabled:opacity-50"
      >
        <Download aria-hidden className="size-3.5" />
        Export CSV
      </button>
      {job ? (
        <Suspense fallback={null}>
          <ExportDialog
            kind={kind}
            query={job.query}
            fields={job.fields as CsvField<unknown>[]}
            onClose={() => setJob(null)}
          />
        </Suspense>
      ) : null}
    </>
  )
}
