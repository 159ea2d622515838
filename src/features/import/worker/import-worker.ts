/// <reference lib="webworker" />
import type { CallWire } from '@/api/call-schema'
import type { TextWire } from '@/api/text-schema'
import { createImportParser, sniffImport, type ImportOptions } from '../core-stand-in'
import type { ImportCall, ImportReply } from './import-protocol'
import { headText, isGzip, textPieces } from './read-file'
import { saveImport } from './save-import'

/**
 * Reads, checks and stores an imported file off the page's thread. The page
 * cancels by ending this worker: a write in progress is one transaction,
 * so nothing half-done is left.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope
const reply = (message: ImportReply) => scope.postMessage(message)

let parsed: {
  calls: CallWire[]
  texts: TextWire[]
  from: string | null
  to: string | null
} | null = null

async function parse(file: Blob, options: ImportOptions): Promise<void> {
  const parser = createImportParser(options)
  const calls: CallWire[] = []
  const texts: TextWire[] = []
  const rejected = []
  let done = 0
  let reported = 0
  for await (const piece of textPieces(file, await isGzip(file))) {
    const batch = parser.push(piece)
    for (const call of batch.calls) calls.push(call)
    for (const text of batch.texts) texts.push(text)
    rejected.push(...batch.rejected)
    done += piece.length
    if (done - reported > 1 << 20) {
      reported = done
      reply({
        type: 'progress',
        stage: 'reading',
        done: batch.progress.records,
        total: 0,
      })
    }
  }
  const result = parser.end()
  for (const call of result.calls) calls.push(call)
  for (const text of result.texts) texts.push(text)
  rejected.push(...result.rejected)
  parsed = { calls, texts, from: result.summary.from, to: result.summary.to }
  reply({ type: 'parsed', summary: result.summary, rejected })
}

async function handle(call: ImportCall): Promise<void> {
  switch (call.type) {
    case 'sniff': {
      const gzip = await isGzip(call.file)
      reply({
        type: 'sniffed',
        sniff: sniffImport(await headText(call.file, gzip), gzip),
      })
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
