import { count } from 'sms-length'
import { mixSeed, Random } from '../random/random'
import { fills, inboundReplies, outboundTemplates, type FillName } from './text-bodies'

/** A customer's reply: short ones (C, Yes, STOP) far more often than long ones. */
export function pickReply(pool: BodyPool, uniform: number): number {
  const replies = pool.bodies.length - pool.outbound
  return pool.outbound + Math.min(replies - 1, Math.floor(replies * uniform ** 2))
}

/** Message bodies the texts point into; searched once per query, not per text. */
export type BodyPool = {
  bodies: readonly string[]
  /** SMS segments of each body (160 GSM characters alone, 153 each when split). */
  segments: Uint8Array
  /** Bodies [0, outbound) are the business's; the rest are customers' replies. */
  outbound: number
}

export const outboundBodyCount = 900

export function smsSegments(body: string): number {
  return Math.max(1, count(body).messages)
}

function fill(template: string, random: Random): string {
  return template.replace(/\{(\w+)\}/g, (_, name: FillName) => {
    switch (name) {
      case 'code':
        return String(random.int(100000, 999999))
      case 'order':
        return String(random.int(10000, 99999))
      case 'amount':
        return `${random.int(89, 1480)}.${String(random.int(0, 99)).padStart(2, '0')}`
      default:
        return random.pick(fills[name])
    }
  })
}

export function buildBodyPool(seed: number): BodyPool {
  const random = new Random(mixSeed(seed, 0xb0d1))
  const bodies: string[] = []
  for (let i = 0; i < outboundBodyCount; i++) {
    bodies.push(fill(random.pick(outboundTemplates), random))
  }
  bodies.push(...inboundReplies)
  return {
    bodies,
    segments: Uint8Array.from(bodies, smsSegments),
    outbound: outboundBodyCount,
  }
}
