/** What each CALLR status means, in our words, faithful to the vendor's document (entries in ../callr.ts). */
export const callrMeanings = {
  'callr.call.answered-complete':
    'The recipient picked up, and the campaign’s messages were broadcast to them in full.',
  'callr.call.answered-incomplete':
    'The recipient picked up, but the messages were not broadcast in full, for instance because they hung up.',
  'callr.call.absent-busy':
    'The call reached the recipient but could not go through because they were already on a call.',
  'callr.call.absent-no-answer': 'The call reached the recipient, who did not answer.',
  'callr.call.absent-voicemail-detected':
    'The call reached the recipient, who did not answer, and an automated voicemail response message was detected.',
  'callr.call.error-blacklisted':
    'The call was never started because the number is blacklisted.',
  'callr.call.error-rejected':
    'CALLR started the call, but the carrier answered with an error: the recipient rejected it.',
  'callr.call.error-unallocated-number':
    'CALLR started the call, but the carrier answered with an error: the number is not allocated to anyone.',
  'callr.call.error-other': 'The call failed with an error CALLR could not identify.',
  'callr.call.hangup': 'Result code: the recipient hung up.',
  'callr.call.voicemail-complete':
    'Result code: the whole message was played to the recipient’s voicemail.',
  'callr.call.voicemail-incomplete':
    'Result code: only part of the message was played to the recipient’s voicemail.',
  'callr.call.in-progress':
    'Not a CALLR status: CALLR writes a call’s record, with its status, only once the call has ended. Until then Callboard shows the call as in progress.',
} as const
