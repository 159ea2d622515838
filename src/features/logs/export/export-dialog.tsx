import { CircleCheck, TriangleAlert } from 'lucide-react'
import { Dialog } from 'radix-ui'
import { useEffect, useRef, useState } from 'react'
import { isApiError } from '@/api/problem'
import { Button } from '@/components/button'
import { logKindInfo } from '@/domain/log-kind'
import type { LogKind, LogQuery } from '@/domain/log-query'
import { formatCount, pluralize } from '@/lib/format'
import { exportLog, type CsvField, type ExportProgress } from './export-log'

type ExportDialogProps<T> = {
  kind: LogKind
  query: LogQuery
  fields: CsvField<T>[]
  onClose: () => void
}

type State =
  | { step: 'running'; progress: ExportProgress | null }
  | { step: 'done'; count: number; fileName: string }
  | { step: 'failed'; message: string }

function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** Streams the filtered log to a CSV file, with progress and a Cancel that stops at once. */
export function ExportDialog<T>({ kind, query, fields, onClose }: ExportDialogProps<T>) {
  const { noun } = logKindInfo[kind]
  const [state, setState] = useState<State>({ step: 'running', progress: null })
  const [attempt, setAttempt] = useState(0)
  const controller = useRef<AbortController | null>(null)

  useEffect(() => {
    const abort = new AbortController()
    controller.current = abort
    const fileName = `callboard-${kind}-${new Date().toISOString().slice(0, 10)}.csv`
    exportLog({
      kind,
      query,
      fields,
      signal: abort.signal,
      onProgress: (progress) => setState({ step: 'running', progress }),
    }).then(
      (blob) => {
        download(blob, fileName)
        setState((s) => ({
          step: 'done',
          count: s.step === 'running' ? (s.progress?.done ?? 0) : 0,
          fileName,
        }))
      },
      (error: unknown) => {
        if (abort.signal.aborted) return
        setState({
          step: 'failed',
          message: isApiError(error) ? error.message : 'The export stopped unexpectedly.',
        })
      },
    )
    return () => abort.abort()
  }, [kind, query, fields, attempt])

  const cancel = () => {
    controller.current?.abort()
    onClose()
  }
  const progress = state.step === 'running' ? state.progress : null
  const percent =
    progress && progress.total > 0
      ? Math.round((progress.done / progress.total) * 100)
      : 0

  return (
    <Dialog.Root open onOpenChange={(open) => (open ? undefined : cancel())}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/25 dark:bg-black/50" />
        <Dialog.Content className="fixed top-1/2 left-1/2 z-50 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-xl border border-line bg-surface p-5 shadow-2xl outline-none">
          <Dialog.Title className="text-base font-semibold">
            Export {noun.many} as CSV
          </Dialog.Title>
          <Dialog.Description className="mt-1 text-sm text-muted">
            Every {noun.one} matching the current filters, with the columns shown in the
            table.
          </Dialog.Description>
          <p className="mt-2 text-sm text-muted">
            Phone numbers are written with a leading apostrophe, as{' '}
            <code>&apos;+15550100001</code>: without it a spreadsheet reads the + as a
            formula and shows 1.56E+10. The apostrophe shows in the cell; remove it to use
            a number elsewhere.
          </p>
          {state.step === 'running' ? (
            <div className="mt-5">
              <div
                role="progressbar"
                aria-label="Export progress"
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={percent}
                className="h-2 overflow-hidden rounded-full bg-surface-3"
              >
                <div
                  className="h-full rounded-full bg-accent transition-[width]"
                  style={{ width: `${percent}%` }}
                />
              </div>
              <p className="mt-2 text-sm text-muted tabular-nums" aria-live="polite">
                {progress
                  ? `${formatCount(progress.done)} of ${pluralize(progress.total, noun.one, noun.many)}`
                  : 'Starting…'}
              </p>
            </div>
          ) : state.step === 'done' ? (
            <p role="status" className="mt-5 flex items-center gap-2 text-sm">
              <CircleCheck aria-hidden className="size-5 text-accent" />
              Saved {pluralize(state.count, noun.one, noun.many)} to {state.fileName}.
            </p>
          ) : (
            <p role="alert" className="mt-5 flex items-start gap-2 text-sm text-danger">
              <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
              {state.message}
            </p>
          )}
          <div className="mt-6 flex justify-end gap-2">
            {state.step === 'failed' ? (
              <Button variant="primary" onClick={() => setAttempt((n) => n + 1)}>
                Retry
              </Button>
            ) : null}
            {state.step === 'done' ? (
              <Button variant="primary" onClick={onClose}>
                Close
              </Button>
            ) : (
              <Button onClick={cancel}>Cancel</Button>
            )}
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
