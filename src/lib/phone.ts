import { parsePhoneNumberFromString } from 'libphonenumber-js/min'

/**
 * An E.164 number as people write it, by its country's own grouping
 * (libphonenumber's small metadata): "+1 312 555 0142", "+44 20 7946 0158",
 * "+44 7700 900123". Anything that is not a number is shown as received.
 */
export function formatPhoneNumber(raw: string): string {
  // Only E.164: libphonenumber would pick a number out of any text around it.
  if (!e164.test(raw)) return raw
  return parsePhoneNumberFromString(raw)?.formatInternational() ?? raw
}

const e164 = /^\+[1-9]\d{1,14}$/
