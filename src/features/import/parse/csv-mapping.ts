/** The record fields a CSV column can fill. */
export const csvFields = [
  'id',
  'time',
  'direction',
  'from',
  'to',
  'contact',
  'contactName',
  'trackingNumber',
  'receivingNumber',
  'status',
  'duration',
  'ringTime',
  'talkTime',
  'vendor',
  'agent',
  'source',
  'campaign',
  'body',
  'segments',
] as const
export type CsvField = (typeof csvFields)[number]

/**
 * Which column (0-based index in the header) fills which field; plain data,
 * so the UI can show it, let the user fix it, and store it per header.
 */
export type CsvMapping = {
  columns: Partial<Record<CsvField, number>>
  /** How to read a time written without a zone: the browser's zone, or UTC. */
  zone: 'local' | 'utc'
}

export const csvFieldLabels: Record<CsvField, string> = {
  id: 'Record id',
  time: 'Time',
  direction: 'Direction',
  from: 'From',
  to: 'To',
  contact: 'Contact number',
  contactName: 'Contact name',
  trackingNumber: 'Tracking number',
  receivingNumber: 'Receiving number',
  status: 'Status',
  duration: 'Duration',
  ringTime: 'Ring time',
  talkTime: 'Talk time',
  vendor: 'Vendor',
  agent: 'Agent',
  source: 'Source',
  campaign: 'Campaign',
  body: 'Message',
  segments: 'Segments',
}

/*
 * Header names each field goes by, squashed (lower case, letters and digits
 * only): CTM's export names ("Caller Number", "Tracking Number", "Talk Time"),
 * Twilio's console export ("Date Created", "From", "To") and common others.
 * Fields are matched in this order, so "Tracking Number" is taken before the
 * looser contact names can claim it.
 */
const names: readonly [CsvField, readonly string[]][] = [
  [
    'id',
    [
      'id',
      'sid',
      'callid',
      'callsid',
      'messageid',
      'messagesid',
      'recordid',
      'activityid',
      'uuid',
    ],
  ],
  [
    'trackingNumber',
    ['trackingnumber', 'trackingline', 'trackingphone', 'businessnumber'],
  ],
  [
    'receivingNumber',
    ['receivingnumber', 'forwardedto', 'forwardingnumber', 'destinationnumber'],
  ],
  ['contactName', ['callername', 'contactname', 'customername', 'name', 'callerid name']],
  [
    'contact',
    [
      'callernumber',
      'contactnumber',
      'customernumber',
      'customerphone',
      'phonenumber',
      'phone',
      'contact',
      'number',
      'caller',
    ],
  ],
  ['from', ['from', 'fromnumber', 'sender', 'originator']],
  ['to', ['to', 'tonumber', 'recipient', 'called', 'callednumber', 'dialednumber']],
  [
    'time',
    [
      'time',
      'date',
      'datetime',
      'timestamp',
      'calledat',
      'startedat',
      'starttime',
      'start',
      'calldate',
      'calltime',
      'createdat',
      'datecreated',
      'datesent',
      'sentat',
      'receivedat',
    ],
  ],
  ['direction', ['direction', 'calldirection', 'inout', 'calltype', 'type']],
  [
    'status',
    [
      'status',
      'callstatus',
      'messagestatus',
      'deliverystatus',
      'disposition',
      'outcome',
      'result',
    ],
  ],
  [
    'duration',
    [
      'duration',
      'callduration',
      'totalduration',
      'durationseconds',
      'durations',
      'length',
      'seconds',
    ],
  ],
  ['ringTime', ['ringtime', 'ringduration', 'ringseconds']],
  ['talkTime', ['talktime', 'talkduration', 'talkseconds']],
  ['vendor', ['vendor', 'provider', 'platform']],
  ['agent', ['agent', 'agentname', 'user', 'representative', 'rep']],
  ['source', ['source', 'trackingsource', 'marketingsource', 'leadsource', 'referrer']],
  ['campaign', ['campaign', 'campaignname']],
  ['body', ['message', 'body', 'text', 'messagebody', 'content', 'sms']],
  ['segments', ['segments', 'numsegments', 'parts', 'messagesegments']],
]

/** A header cell squashed for matching: "Caller Number" → "callernumber". */
export function squashName(cell: string): string {
  return cell
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
}

/** Guesses which column fills which field from the header's names; the user confirms it. */
export function guessCsvMapping(header: readonly string[]): CsvMapping {
  const squashed = header.map(squashName)
  const taken = new Set<number>()
  const columns: CsvMapping['columns'] = {}
  for (const [field, aliases] of names) {
    const wanted = aliases.map(squashName)
    const index = squashed.findIndex((cell, i) => !taken.has(i) && wanted.includes(cell))
    if (index < 0) continue
    columns[field] = index
    taken.add(index)
  }
  return { columns, zone: 'local' }
}

/** What a mapping still lacks before rows can be read; empty when it is complete. */
export function missingCsvFields(
  mapping: CsvMapping,
  kind: 'calls' | 'texts',
): CsvField[] {
  const has = (field: CsvField) => mapping.columns[field] !== undefined
  const missing: CsvField[] = []
  if (!has('time')) missing.push('time')
  if (!has('status')) missing.push('status')
  const parties = kind === 'calls' ? ['contact', 'from'] : ['from', 'contact']
  if (!has('contact') && !has('from') && !has('to')) missing.push(parties[0] as CsvField)
  return missing
}

/**
 * A key for a header, to remember its mapping: the squashed names in order,
 * so "Caller Number" and "caller_number" count as the same file layout.
 */
export function headerSignature(header: readonly string[]): string {
  return header.map(squashName).join('|')
}
