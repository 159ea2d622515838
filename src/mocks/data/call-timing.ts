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

/** Seconds spent in each part of a call that ends with `status`. */
export function drawTiming(
  random: Random,
  vendor: CallVendor,
  status: StatusKey,
): CallTiming {
  switch (status) {
    case 'ctm.call.completed':
      return { setup: random.int(15, 120), ring: 0, talk: 0 }
    case 'ctm.call.hangup':
      return {
        setup: random.int(3, 40),
        ring: random.chance(0.3) ? random.int(1, 8) : 0,
        talk: 0,
      }
    case 'callr.call.answered-incomplete':
      return { setup: random.int(1, 4), ring: random.int(4, 18), talk: random.int(3, 17) }
    case 'messenger.call.connected-no-response':
      return {
        setup: broadcastSetup(random, vendor),
        ring: random.int(5, 20),
        talk: random.int(4, 10),
      }
    case 'messenger.call.ringing':
      return { setup: broadcastSetup(random, vendor), ring: 30, talk: 0 }
    case 'routee.call.terminated':
      return {
        setup: broadcastSetup(random, vendor),
        ring: random.int(4, 15),
        talk: random.int(8, 90),
      }
    case 'routee.call.unsent':
    case 'callr.call.error-blacklisted':
      return { setup: random.int(0, 2), ring: 0, talk: 0 }
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
        ? { setup, ring: random.int(3, 25), talk: conversation(random) }
        : { setup, ring: random.int(4, 20), talk: message(random) }
    case 'machine':
      return { setup, ring: random.int(15, 30), talk: message(random) }
    case 'not-answered':
      return status.endsWith('busy')
        ? { setup, ring: random.int(0, 3), talk: 0 }
        : { setup, ring: random.int(18, 45), talk: 0 }
    case 'canceled':
      return { setup, ring: random.int(3, 25), talk: 0 }
    default:
      // Failures: an announcement may play on Messenger; elsewhere nothing rang.
      return {
        setup: Math.min(setup, 6),
        ring: vendor === 'messenger' ? random.int(0, 6) : 0,
        talk: 0,
      }
  }
}
