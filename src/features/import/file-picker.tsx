import { FileUp, TriangleAlert } from 'lucide-react'
import { useId, useState, type DragEvent } from 'react'

type FilePickerProps = { error: string | null; onFile: (file: File) => void }

/** A file input a person can also drop a file on; says what went wrong with the last one. */
export function FilePicker({ error, onFile }: FilePickerProps) {
  const inputId = useId()
  const [over, setOver] = useState(false)
  const drop = (event: DragEvent) => {
    event.preventDefault()
    setOver(false)
    const file = event.dataTransfer.files[0]
    if (file) onFile(file)
  }
  return (
    <div className="mt-4">
      <label
        htmlFor={inputId}
        onDragOver={(event) => {
          event.preventDefault()
          setOver(true)
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
        className={`flex cursor-pointer flex-col items-center gap-2 rounded-lg border-2 border-dashed px-4 py-8 text-center text-sm focus-within:border-focus ${over ? 'border-accent bg-accent-soft' : 'border-line-strong'}`}
      >
        <FileUp aria-hidden className="size-6 text-muted" />
        <span className="font-medium">Choose a file or drop it here</span>
        <span className="text-muted">
          Twilio BulkExport day files (JSON Lines, plain or .gz), Twilio REST pages
          (JSON), or a CSV with a header row.
        </span>
        <input
          id={inputId}
          type="file"
          aria-label="File to import"
          accept=".jsonl,.json,.csv,.gz,.txt,application/json,text/csv,application/gzip"
          className="sr-only"
          onChange={(event) => {
            const file = event.target.files?.[0]
            if (file) onFile(file)
            event.target.value = ''
          }}
        />
      </label>
      {error ? (
        <p role="alert" className="mt-3 flex items-start gap-2 text-sm text-danger">
          <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
          {error}
        </p>
      ) : null}
    </div>
  )
}
