/** Twilio's directions (inbound, outbound-api, outbound-dial, outbound-reply, outbound-call) as the API's. */
export function twilioDirection(direction: string): 'inbound' | 'outbound' | 'unknown' {
  const value = direction.trim().toLowerCase()
  if (value === 'inbound' || value === 'incoming') return 'inbound'
  if (value.startsWith('outbound') || value === 'outgoing') return 'outbound'
  return 'unknown'
}
