import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** Import files: import-core's fixtures (test/fixtures/import), and a few made on the spot. */
export type FilePayload = { name: string; mimeType: string; buffer: Buffer }

const day = Date.UTC(2025, 4, 12)
const pad = (n: number) => String(n).padStart(4, '0')
const at = (i: number) => new Date(day + i * 600_000)

export function twilioCallsFile(
  count: number,
  statuses = ['completed', 'no-answer', 'busy'],
): FilePayload {
  const lines = Array.from({ length: count }, (_, i) =>
    JSON.stringify({
      sid: `CA${pad(i)}aaaaaaaaaaaaaaaaaaaaaaaaaaaa`,
      from: '+15555550100',
      to: `+1555555${pad(200 + (i % 50))}`,
      direction: i % 3 === 0 ? 'outbound-api' : 'inbound',
      status: statuses[i % statuses.length],
      start_time: at(i).toUTCString().replace('GMT', '+0000'),
      duration: String(30 + i),
      price: '-0.0085',
    }),
  )
  return {
    name: 'twilio-calls-2025-05-12.jsonl',
    mimeType: 'application/jsonl',
    buffer: Buffer.from(lines.join('\n') + '\n'),
  }
}

export const notAFile: FilePayload = {
  name: 'notes.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from('These are my notes; not a log.\n'),
}

const fixtures = fileURLToPath(new URL('../../fixtures/import/', import.meta.url))

/** One of test/fixtures/import, as a file handed to the page. */
export function fixtureFile(name: string): FilePayload {
  return {
    name,
    mimeType: 'application/octet-stream',
    buffer: readFileSync(fixtures + name),
  }
}
