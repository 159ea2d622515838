import Papa from 'papaparse'
import { vendorInfo, vendors, type Vendor } from '@/domain/vendors'
import { squashName } from './csv-mapping'
import type { ImportKind, ImportSniff } from './import-types'

/** True when the bytes start as gzip does (1f 8b), whatever the file is called. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b
}

/** Calls or messages, from a Twilio resource's sid prefix, or its fields. */
function twilioKind(item: Record<string, unknown>): ImportKind | null {
  const sid = typeof item.sid === 'string' ? item.sid : ''
  if (sid.startsWith('CA')) return 'calls'
  if (/^(SM|MM|MG)/.test(sid)) return 'texts'
  if ('body' in item || 'num_segments' in item) return 'texts'
  if ('start_time' in item || 'duration' in item) return 'calls'
  return null
}

/**
 * The first line as a Twilio resource: parsed when it is whole, else (a sample
 * cut inside it) only its sid, which is enough to tell calls from messages.
 */
function firstJsonLine(sample: string): Record<string, unknown> | null {
  const line = sample.split('\n', 1)[0]?.trim() ?? ''
  try {
    const value: unknown = JSON.parse(line)
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null
  } catch {
    const sid = /^\{.*"sid"\s*:\s*"([A-Z]{2}[0-9a-fA-F]+)"/.exec(line)?.[1]
    return sid ? { sid } : null
  }
}

/** A vendor named in the file's name ("ctm-calls-march.csv"), if exactly one is. */
function vendorInName(fileName: string): Vendor | null {
  const name = squashName(fileName)
  const named = vendors.filter((vendor) =>
    [vendor, vendorInfo[vendor].shortName, vendorInfo[vendor].name].some((word) =>
      name.includes(squashName(word)),
    ),
  )
  return named.length === 1 ? (named[0] ?? null) : null
}

/** Bytes no text file holds (NUL and other controls besides tab, line breaks and form feed). */
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i)
    if (code < 9 || (code > 13 && code < 32)) return true
  }
  return false
}

const textWords = /^(message|body|text|messagebody|sms|content|segments|numsegments)$/

/**
 * What a file is, from its first characters (already un-gzipped: pass `gzip`
 * from isGzip on its first bytes) and its name.
 */
export function sniffImport(sample: string, fileName: string, gzip = false): ImportSniff {
  const text = sample.replace(/^\uFEFF/, '').trimStart()
  if (text === '') return { format: null, gzip, reason: 'The file is empty.' }
  if (hasControlCharacters(text.slice(0, 1000)))
    return {
      format: null,
      gzip,
      reason: 'This is not a text file: Callboard reads JSON Lines, JSON and CSV.',
    }
  if (text.startsWith('{') || text.startsWith('[')) {
    const rest = /"(calls|messages)"\s*:\s*\[/.exec(text)
    const line = firstJsonLine(text)
    const kind = line ? twilioKind(line) : null
    if (line && kind && !rest)
      return { format: 'twilio-jsonl', kind, vendor: 'twilio', gzip, header: null }
    if (rest) {
      const kind = rest[1] === 'calls' ? 'calls' : 'texts'
      return { format: 'twilio-rest', kind, vendor: 'twilio', gzip, header: null }
    }
    return {
      format: null,
      gzip,
      reason:
        'This JSON is neither a Twilio BulkExport file (one call or message per line) nor a Twilio REST page (a "calls" or "messages" list).',
    }
  }
  const firstRecord = Papa.parse<string[]>(text, { preview: 1 })
  const header = firstRecord.data[0] ?? []
  if (header.length < 2)
    return {
      format: null,
      gzip,
      reason:
        'This is not a CSV with a header row: its first line has fewer than two columns.',
    }
  const kind: ImportKind = header.some((cell) => textWords.test(squashName(cell)))
    ? 'texts'
    : 'calls'
  return { format: 'csv', kind, vendor: vendorInName(fileName), gzip, header }
}
