/** What each Routee status means, in our words, faithful to the vendor's document (entries in ../routee.ts). */
export const routeeMeanings = {
  'routee.call.queued':
    'Routee accepted the API request; the voice message waits in the queue to be processed.',
  'routee.call.initiated':
    'The voice message is being processed and is ready to go to the nearest upstream carrier.',
  'routee.call.ringing':
    'The network carrier sent the voice message on to the recipient.',
  'routee.call.in-progress': 'The recipient answered and the call is under way.',
  'routee.call.completed': 'The voice message reached the recipient and was answered.',
  'routee.call.busy':
    'The call reached the recipient’s number, which was busy; the message was not answered.',
  'routee.call.no-answer':
    'The call reached the recipient’s number, but the destination rejected it and the message was not answered.',
  'routee.call.failed':
    'Routee could not send the voice message because of an internal error.',
  'routee.call.unknown':
    'The voice message could not be sent because of an unknown network or carrier error. Routee marks this status Intermediate, not Final.',
  'routee.call.unsent':
    'The voice message was never started because the account balance was too low.',
  'routee.call.terminated':
    'The voice message was cut off because the account balance ran out.',
  'routee.campaign.scheduled':
    'The campaign is set to run at a future time. Only scheduled campaigns pass through this.',
  'routee.campaign.queued':
    'The campaign is queued; its individual messages are about to go out.',
  'routee.campaign.running':
    'The campaign has started and its individual messages are being sent; seconds to minutes, depending on how many recipients there are.',
  'routee.campaign.sent':
    'Every message has been sent; Routee is waiting to learn whether each was delivered.',
  'routee.campaign.finished':
    'Routee knows the final status of every message: delivered or not.',
  'routee.campaign.failed': 'Routee could not process the campaign, or part of it.',
} as const
