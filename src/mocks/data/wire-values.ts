import { getStatus, type StatusKey } from '@/domain/catalog/catalog'

/** A status as the wire carries it: the vendor's code and our key. */
export const wireStatus = (key: StatusKey) => ({ code: getStatus(key).code, key })

export const iso = (time: number) => new Date(time).toISOString()

/** A step of an activity trail: when, which status, and a word on it. */
export type PlannedStep = { at: number; key: StatusKey; detail: string | null }

export const wireTrail = (steps: readonly PlannedStep[]) =>
  steps.map((step) => ({
    at: iso(step.at),
    status: wireStatus(step.key),
    ...(step.detail === null ? {} : { detail: step.detail }),
  }))
