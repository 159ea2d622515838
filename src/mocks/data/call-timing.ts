import { getStatus, type StatusKey } from '@/domain/catalog/catalog'
import type { Random } from '../random/random'
import type { CallVendor } from './call-mix'

/** Seconds; a call lasts setup + ring + talk (queue, menu and gaps are setup). */
export type CallTiming = { setup: number; ring: number; talk: number }

const maxTalk = 4 * 3600

/** A conversation: mostly a few minutes, some very short, a few very long. */
function conversation(random: Random): number {
  const roll = random.float()
  if (roll < 0.06) return random.int(4, 30)
  if (roll < 0.08) return random.int(20 * 60, 75 * 60)
  return Math.min(maxTalk, Math.max(20, Math.round(random.logNormal(150, 0.9))))
}

/** A recorded message played to a person or a machine. */
const message = (random: Random) => random.int(18, 55)

const broadcastSetup = (random: Random, vendor: CallVendor) =>
  vendor === 'messenger'
    ? random.int(3, 25)
    : vendor === 'routee'
      ? random.int(2, 8)
      : random.int(1, 4)

function set(into: CallTiming, setup: number, ring: number, talk: number): void {
  into.setup = setup
  into.ring = ring
  into.talk = talk
}

/**
 * Writes the seconds spent in each part of a call that ends with `status`
 * into `into` (the builder reuses one object for every call).
 */
export function drawTiming(
  random: Random,
  vendor: CallVendor,
  status: StatusKey,
  into: CallTiming,
): void {
  switch (status) {
    case 'ctm.call.completed':
      return set(into, random.int(15, 120), 0, 0)
    case 'ctm.call.hangup':
      return set(into, random.int(3, 40), random.chance(0.3) ? random.int(1, 8) : 0, 0)
    case 'callr.call.answered-incomplete':
      return set(into, random.int(1, 4), random.int(4, 18), random.int(3, 17))
    case 'messenger.call.connected-no-response':
      return set(
        into,
        broadcastSetup(random, vendor),
        random.int(5, 20),
        random.int(4, 10),
      )
    case 'messenger.call.ringing':
      return set(into, broadcastSetup(random, vendor), 30, 0)
    case 'routee.call.terminated':
      return set(
        into,
        broadcastSetup(random, vendor),
        random.int(4, 15),
        random.int(8, 90),
      )
    case 'routee.call.unsent':
    case 'callr.call.error-blacklisted':
      return set(into, random.int(0, 2), 0, 0)
    default:
      break
  }
  const setup =
    vendor === 'ctm'
      ? random.chance(0.2)
        ? random.int(10, 60)
        : random.int(0, 8)
      : broadcastSetup(random, vendor)
  switch (getStatus(status).outcome) {
    case 'connected':
      return vendor === 'ctm'
        ? set(into, setup, random.int(3, 25), conversation(random))
        : set(into, setup, random.int(4, 20), message(random))
    case 'machine':
      return set(into, setup, random.int(15, 30), message(random))
    case 'not-answered':
      return status.endsWith('busy')
        ? set(into, setup, random.int(0, 3), 0)
        : set(into, setup, random.int(18, 45), 0)
    case 'canceled':
      return set(into, setup, random.int(3, 25), 0)
    default:
      // Failures: an announcement may play on Messenger; elsewhere nothing rang.
      return set(
        into,
        Math.min(setup, 6),
        vendor === 'messenger' ? random.int(0, 6) : 0,
        0,
      )
  }
}
