import { delay, HttpResponse } from 'msw'
import { mockSettings } from '../settings/settings-store'
import { serverErrorResponse } from './problem-response'

/**
 * What the settings dial in before a data request is answered: latency, a
 * share of failures (500 problem or network error), or no answer at all.
 * Returns the failure to send, or null to go on.
 */
export async function chaos(
  random: () => number = Math.random,
): Promise<Response | null> {
  const settings = mockSettings()
  if (settings.hang) await delay('infinite')
  const { min, max } = settings.latency
  const wait = min + random() * (max - min)
  if (wait > 0) await delay(wait)
  if (settings.failureRate <= 0 || random() >= settings.failureRate) return null
  const mode =
    settings.failure === 'mixed'
      ? random() < 0.5
        ? 'http'
        : 'network'
      : settings.failure
  return mode === 'network'
    ? HttpResponse.error()
    : serverErrorResponse(
        `The mock backend failed this request on purpose (failure rate ${Math.round(settings.failureRate * 100)}%).`,
      )
}
