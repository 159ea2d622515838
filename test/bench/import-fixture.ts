/**
 * A big Twilio BulkExport calls day file for the import's figures, and the
 * parser's raw throughput on it in node:
 *
 *   npx tsx test/bench/import-fixture.ts [rows=500000]
 *
 * writeTwilioCallsFixture is deterministic (same rows, same bytes for a given
 * seed), so a browser bench can import the same file on every run.
 */
import { once } from 'node:events'
import { createWriteStream, openAsBlob } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createGzip } from 'node:zlib'
import { parseImport } from '@/features/import/parse/parse-import'

/** mulberry32: a small seeded generator, so the file is the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const statuses: [status: string, weight: number][] = [
  ['completed', 55],
  ['no-answer', 15],
  ['busy', 8],
  ['failed', 5],
  ['canceled', 6],
  ['in-progress', 1],
  ['No Answer', 2],
  ['voicemail-dropped', 1],
]
const totalWeight = statuses.reduce((sum, [, weight]) => sum + weight, 0)
const rfc2822 = (time: number) => new Date(time).toUTCString().replace('GMT', '+0000')

function pick(next: () => number): string {
  let roll = next() * totalWeight
  for (const [status, weight] of statuses) {
    roll -= weight
    if (roll < 0) return status
  }
  return 'completed'
}

/** One Call resource as Twilio's BulkExport writes it. */
function callLine(index: number, next: () => number, dayStart: number): string {
  const created = dayStart + Math.floor((index / 500_000) * 86_400_000)
  const inbound = next() < 0.6
  const status = pick(next)
  const answered = status === 'completed' || status === 'in-progress'
  const ring = 3 + Math.floor(next() * 25)
  const talk = answered ? 10 + Math.floor(next() * 600) : 0
  const start = created + 1000
  const end = status === 'in-progress' ? null : start + (ring + talk) * 1000
  const number = `+1312555${String(Math.floor(next() * 10_000)).padStart(4, '0')}`
  return JSON.stringify({
    sid: `CA${index.toString(16).padStart(32, '0')}`,
    account_sid: `AC${'0'.repeat(32)}`,
    parent_call_sid: null,
    from: inbound ? number : '+18005550195',
    to: inbound ? '+18005550195' : number,
    direction: inbound ? 'inbound' : 'outbound-api',
    status,
    date_created: rfc2822(created),
    date_updated: rfc2822(end ?? start),
    start_time: rfc2822(start),
    end_time: end === null ? null : rfc2822(end),
    duration: end === null ? null : String(ring + talk),
    price: answered ? '-0.0085' : null,
    price_unit: 'USD',
    answered_by:
      answered && !inbound ? (next() < 0.8 ? 'human' : 'machine_end_beep') : null,
    caller_name: inbound && next() < 0.3 ? 'Ana Ruiz' : null,
    forwarded_from: null,
    error_code: status === 'failed' ? 31005 : null,
    queue_time: '0',
    trunk_sid: null,
    api_version: '2010-04-01',
  })
}

/** Writes `rows` calls as a gzip JSON Lines day file in a new temp dir; resolves to its path. */
export async function writeTwilioCallsFixture({
  rows = 500_000,
  seed = 16,
  dir,
}: { rows?: number; seed?: number; dir?: string } = {}): Promise<string> {
  const folder = dir ?? (await mkdtemp(join(tmpdir(), 'callboard-import-')))
  const path = join(folder, `twilio-calls-${rows}.jsonl.gz`)
  const gzip = createGzip()
  const done = once(gzip.pipe(createWriteStream(path)), 'finish')
  const next = random(seed)
  const dayStart = Date.UTC(2026, 2, 17)
  let chunk: string[] = []
  for (let index = 0; index < rows; index += 1) {
    chunk.push(callLine(index, next, dayStart))
    if (chunk.length === 2000 || index === rows - 1) {
      if (!gzip.write(`${chunk.join('\n')}\n`)) await once(gzip, 'drain')
      chunk = []
    }
  }
  gzip.end()
  await done
  return path
}

/** Parses the file as the import does (un-gzip, decode, parse, tally) and times it. */
export async function importThroughput(path: string) {
  const file = await openAsBlob(path)
  const started = performance.now()
  const parsing = parseImport(file, { format: 'twilio-jsonl', kind: 'calls' })
  let records = 0
  for (;;) {
    const step = await parsing.next()
    records += step.value.calls.length
    if (step.done) {
      const ms = performance.now() - started
      return {
        file: path,
        megabytes: Math.round(file.size / 1e5) / 10,
        records,
        rejected: step.value.summary.rejected,
        ms: Math.round(ms),
        recordsPerSecond: Math.round((records / ms) * 1000),
      }
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = Number(process.argv[2] ?? 500_000)
  const written = performance.now()
  const path = await writeTwilioCallsFixture({ rows })
  const writeMs = Math.round(performance.now() - written)
  console.log(
    JSON.stringify({ rows, writeMs, ...(await importThroughput(path)) }, null, 1),
  )
}
