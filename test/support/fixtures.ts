import { http, HttpResponse } from 'msw'
import type { CallWire } from '@/api/call-schema'
import type { TextWire } from '@/api/text-schema'
import { server } from '@/mocks/node'

const base = Date.UTC(2026, 10, 20, 15, 0, 0)
const iso = (offsetSeconds: number) => new Date(base + offsetSeconds * 1000).toISOString()

/** A plausible call on the wire; each test overrides what it is about. */
export function callWire(n: number, overrides: Partial<CallWire> = {}): CallWire {
  const start = -n * 600
  return {
    id: `call-${n}`,
    vendor: 'routee',
    direction: 'outbound',
    started_at: iso(start),
    duration: 95 + n,
    ring_time: 12,
    talk_time: 83 + n,
    contact: { name: `Contact ${n}`, number: `+1555010${String(1000 + n).slice(-4)}` },
    tracking_number: '+15550100001',
    receiving_number: '+15550100200',
    source: { id: 'google-ads', name: 'Google Ads' },
    agent: { id: 'ana-ruiz', name: 'Ana Ruiz' },
    campaign: 'Renewals',
    has_recording: true,
    status: { code: 'Completed', key: 'routee.call.completed' },
    result: null,
    trail: [
      { at: iso(start), status: { code: 'Queued', key: 'routee.call.queued' } },
      { at: iso(start + 1), status: { code: 'Initiated', key: 'routee.call.initiated' } },
      { at: iso(start + 3), status: { code: 'Ringing', key: 'routee.call.ringing' } },
      {
        at: iso(start + 12),
        status: { code: 'InProgress', key: 'routee.call.in-progress' },
      },
      {
        at: iso(start + 95),
        status: { code: 'Completed', key: 'routee.call.completed' },
      },
    ],
    ...overrides,
  }
}

export function textWire(n: number, overrides: Partial<TextWire> = {}): TextWire {
  const start = -n * 300
  return {
    id: `text-${n}`,
    vendor: 'ctm',
    direction: 'outbound',
    created_at: iso(start),
    from: '+15550100001',
    to: `+1555010${String(2000 + n).slice(-4)}`,
    contact: { name: `Texter ${n}`, number: `+1555010${String(2000 + n).slice(-4)}` },
    body: `Hi! Your appointment ${n} is confirmed for tomorrow at 10:00.`,
    segments: 1,
    status: { code: 'Delivered', key: 'ctm.text.delivered' },
    trail: [
      { at: iso(start), status: { code: 'Pending', key: 'ctm.text.pending' } },
      { at: iso(start + 1), status: { code: 'Sent', key: 'ctm.text.sent' } },
      { at: iso(start + 4), status: { code: 'Delivered', key: 'ctm.text.delivered' } },
    ],
    ...overrides,
  }
}

type ServeOptions = {
  pageSize?: number
  facets?: Record<string, { value: string; count: number; label?: string }[]>
  /** Sees every list request's query parameters. */
  onRequest?: (params: URLSearchParams) => void
}

/**
 * Serves fixed records as a log, paged by a simple cursor, ignoring filters:
 * for component tests that are about the page, not the query engine.
 */
export function serveLog(
  kind: 'calls' | 'texts',
  records: unknown[],
  options: ServeOptions = {},
) {
  const pageSize = options.pageSize ?? 100
  server.use(
    http.get(`*/api/v1/${kind}`, ({ request }) => {
      const params = new URL(request.url).searchParams
      options.onRequest?.(params)
      const start = Number(params.get('cursor') ?? 0)
      const data = records.slice(start, start + pageSize)
      const next = start + pageSize < records.length ? String(start + pageSize) : null
      return HttpResponse.json({
        data,
        next_cursor: next,
        total: records.length,
        facets: options.facets ?? {},
      })
    }),
    http.get(`*/api/v1/${kind}/:id`, ({ params }) => {
      const found = records.find(
        (record) => (record as { id?: unknown }).id === params.id,
      )
      return found
        ? HttpResponse.json(found)
        : HttpResponse.json(
            {
              title: 'Not found',
              status: 404,
              detail: `No record ${String(params.id)}.`,
            },
            { status: 404 },
          )
    }),
  )
}
