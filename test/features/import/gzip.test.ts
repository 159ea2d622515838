import { describe, expect, it } from 'vitest'
import { textPieces } from '@/features/import/parse/byte-stream'
import { parseImport } from '@/features/import/parse/parse-import'
import { isGzip } from '@/features/import/parse/sniff'
import { fixtureBytes, fixtureText, parseInPieces } from './read-fixture'

const blob = (name: string) => new Blob([fixtureBytes(name) as Uint8Array<ArrayBuffer>])

async function readAll(source: Blob | ReadableStream<Uint8Array>) {
  const gen = parseImport(source, { format: 'twilio-jsonl', kind: 'calls' })
  const steps = []
  for (;;) {
    const next = await gen.next()
    if (next.done) return { steps, result: next.value }
    steps.push(next.value)
  }
}

describe('gzip day files', () => {
  it('are told by their first two bytes', () => {
    expect(isGzip(fixtureBytes('twilio-calls-2026-03-17.jsonl.gz'))).toBe(true)
    expect(isGzip(fixtureBytes('twilio-calls-2026-03-17.jsonl'))).toBe(false)
  })

  it('un-gzip on the way to the same text', async () => {
    let text = ''
    for await (const piece of textPieces(blob('twilio-messages-2026-03-17.jsonl.gz')))
      text += piece.text
    expect(text).toBe(fixtureText('twilio-messages-2026-03-17.jsonl'))
  })

  it('import the same records as the plain file, with the bytes read as progress', async () => {
    const gz = blob('twilio-calls-2026-03-17.jsonl.gz')
    const { steps, result } = await readAll(gz)
    const plain = parseInPieces(fixtureText('twilio-calls-2026-03-17.jsonl'), {
      format: 'twilio-jsonl',
      kind: 'calls',
    })
    expect([...steps.flatMap((step) => step.calls), ...result.calls]).toEqual(plain.calls)
    expect(result.summary).toEqual(plain.summary)
    expect(result.bytesRead).toBe(gz.size)
    expect(steps.every((step) => step.totalBytes === gz.size)).toBe(true)
  })

  it('read from a stream as well as from a file', async () => {
    const { result } = await readAll(blob('twilio-calls-2026-03-17.jsonl').stream())
    expect(result.summary.records).toBe(22)
  })

  it('stop when the import is cancelled', async () => {
    const controller = new AbortController()
    controller.abort()
    const gen = parseImport(blob('twilio-calls-2026-03-17.jsonl.gz'), {
      format: 'twilio-jsonl',
      kind: 'calls',
      signal: controller.signal,
    })
    await expect(gen.next()).rejects.toThrow()
  })
})
