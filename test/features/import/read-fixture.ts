import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createImportParser } from '@/features/import/parse/import-parser'
import type { ImportOptions, ImportResult } from '@/features/import/parse/import-types'

/** A fixture file under test/fixtures/import, as bytes. */
export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(
    fileURLToPath(new URL(`../../fixtures/import/${name}`, import.meta.url)),
  )
}

export function fixtureText(name: string): string {
  return new TextDecoder().decode(fixtureBytes(name))
}

/** Parses text fed in pieces of `size` characters; every batch is gathered into one result. */
export function parseInPieces(
  text: string,
  options: ImportOptions,
  size = text.length,
): ImportResult {
  const parser = createImportParser(options)
  const batches = []
  for (let at = 0; at < text.length; at += size)
    batches.push(parser.push(text.slice(at, at + size)))
  const last = parser.end()
  return {
    ...last,
    calls: [...batches.flatMap((batch) => batch.calls), ...last.calls],
    texts: [...batches.flatMap((batch) => batch.texts), ...last.texts],
    rejected: [...batches.flatMap((batch) => batch.rejected), ...last.rejected],
  }
}

/** A record's trail as [time, status label, detail] rows, to compare with what Twilio gave. */
export const trailRows = (record: {
  trail: readonly { at: string; status: { label: string }; detail?: string | null }[]
}) => record.trail.map((step) => [step.at, step.status.label, step.detail ?? null])
