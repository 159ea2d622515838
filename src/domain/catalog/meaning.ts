import type { StatusEntry, StatusKey } from './catalog'
import { callrMeanings } from './meanings/callr'
import { ctmMeanings } from './meanings/ctm'
import { messengerMeanings } from './meanings/messenger'
import { routeeMeanings } from './meanings/routee'
import { twilioMeanings } from './meanings/twilio'

/*
 * The meanings live apart from the entries: the first page needs every
 * status's key, label and outcome, but the prose only once someone hovers a
 * badge, opens a record, searches the statuses or reads the glossary, and all
 * of those load on first use.
 */
const meanings: Record<StatusKey, string> = {
  ...ctmMeanings,
  ...messengerMeanings,
  ...routeeMeanings,
  ...callrMeanings,
  ...twilioMeanings,
}

/** What a status means: the catalog's words, or for an unknown status what we can say of it. */
export function meaningOf(status: StatusEntry): string {
  return status.known ? meanings[status.key] : status.meaning
}
