/// <reference lib="webworker" />
import type { CallWire } from '@/api/call-schema'
import type { TextWire } from '@/api/text-schema'
import { firstBytes, textPieces } from '../parse/byte-stream'
import type { ImportOptions, RejectedRow } from '../parse/import-types'
import { parseImport } from '../parse/parse-import'
import { isGzip, sniffImport } from '../parse/sniff'
import type { ImportCall, ImportReply } from './import-protocol'
import { saveImport } from './save-import'

/**
 * Reads, checks and stores an imported file off the page's thread. The page
 * cancels by ending this worker: a write in progress is one transaction,
 * so nothing half-done is left.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope
const reply = (message: ImportReply) => scope.postMessage(message)

/** What the last file read holds, until it is saved or another is read. */
let parsed: { calls: CallWire[]; texts: TextWire[] } | null = null

/** Enough of the text to tell the format and read a CSV's header. */
async function headText(file: Blob, gzip: boolean): Promise<string> {
  let text = ''
  for await (const piece of textPieces(file, { gzip })) {
    text += piece.text
    if (text.length >= 64 * 1024) break
  }
  return text
}

async function parse(file: Blob, options: ImportOptions): Promise<void> {
  parsed = null
  const calls: CallWire[] = []
  const texts: TextWire[] = []
  const rejected: RejectedRow[] = []
  const keep = (batch: {
    calls: CallWire[]
    texts: TextWire[]
    rejected: RejectedRow[]
  }) => {
    for (const call of batch.calls) calls.push(call)
    for (const text of batch.texts) texts.push(text)
    for (const row of batch.rejected) rejected.push(row)
  }
  const steps = parseImport(file, options)
  let reported = 0
  for (;;) {
    const step = await steps.next()
    if (step.done) {
      keep(step.value)
      parsed = { calls, texts }
      reply({ type: 'parsed', summary: step.value.summary, rejected })
      return
    }
    keep(step.value)
    // A few dozen updates for a large file, not one per piece.
    if (step.value.bytesRead - reported > file.size / 50) {
      reported = step.value.bytesRead
      reply({ type: 'progress', stage: 'reading', done: reported, total: file.size })
    }
  }
}

async function handle(call: ImportCall): Promise<void> {
  switch (call.type) {
    case 'sniff': {
      const gzip = isGzip(await firstBytes(call.file))
      const head = await headText(call.file, gzip)
      reply({ type: 'sniffed', sniff: sniffImport(head, call.name, gzip) })
      return
    }
    case 'parse':
      return parse(call.file, call.options)
    case 'save': {
      if (!parsed) throw new Error('There is nothing read to import.')
      const meta = await saveImport(call.target, parsed, (done, total) =>
        reply({ type: 'progress', stage: 'saving', done, total }),
      )
      reply({ type: 'saved', meta })
    }
  }
}

scope.onmessage = ({ data }: MessageEvent<ImportCall>) => {
  handle(data).catch((error: unknown) =>
    reply({
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
    }),
  )
}
