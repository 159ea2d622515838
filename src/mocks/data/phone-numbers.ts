import { formatPhoneNumber } from '@/lib/phone'

/*
 * Only numbers set aside for fiction: NANP 555-0100 to 555-0199 (any area
 * code), Ofcom's drama ranges 07700 900000-900999 and 020 7946 0000-0999.
 * The business's own numbers use area codes no contact uses, so a search for
 * a contact's number never finds a tracking number.
 */
const contactAreaCodes = [
  201, 202, 203, 205, 206, 207, 208, 209, 210, 212, 213, 214, 215, 216, 217, 218, 219,
  224, 225, 228, 229, 231, 234, 239, 240, 248, 251, 252, 253, 254, 256, 260, 262, 267,
  269, 270, 276, 281, 301, 302, 303, 304, 305, 307, 308, 309, 310, 313, 314, 315, 316,
  317, 318, 319, 320, 321, 323, 325, 330, 334, 336, 337, 339, 347, 351, 352, 360, 361,
  385, 386, 401, 402, 404, 405, 406, 407, 408, 409, 410, 412, 413, 414, 415, 417, 419,
  423, 424, 425, 434, 435, 440, 443, 469, 478, 479, 480, 484, 501, 502, 503, 504, 505,
] as const

const usNumbers = contactAreaCodes.length * 100
const ukMobiles = 1000
const ukLondon = 1000

/** How many distinct contact numbers exist. */
export const contactNumberCount = usNumbers + ukMobiles + ukLondon

const pad = (value: number, width: number) => String(value).padStart(width, '0')

/** The k-th fictional contact number, E.164. */
export function contactNumberAt(k: number): string {
  if (k < usNumbers) {
    const area = contactAreaCodes[Math.floor(k / 100)] ?? 201
    return `+1${area}55501${pad(k % 100, 2)}`
  }
  if (k < usNumbers + ukMobiles) return `+447700900${pad(k - usNumbers, 3)}`
  return `+442079460${pad(k - usNumbers - ukMobiles, 3)}`
}

/** A US business number in the fictional range, e.g. (312, 42) → +13125550142. */
export function businessNumber(areaCode: number, line: number): string {
  return `+1${areaCode}55501${pad(line, 2)}`
}

/** E.164 as the app shows it (one formatter for the mock and the page). */
export const formatNumber = formatPhoneNumber

/** The digits of a number in any format: "+1 (555) 010-1234" → "15550101234". */
export function digitsOf(text: string): string {
  return text.replace(/\D+/g, '')
}
