/**
 * What each Twilio status means, in our words, from Twilio's API reference for
 * the Call and Message resources and its support articles on call and message
 * statuses (entries in ../twilio.ts).
 */
export const twilioMeanings = {
  'twilio.call.queued':
    'Twilio has taken the request to place the call and is choosing the carrier route; nothing has been dialled yet.',
  'twilio.call.initiated':
    'Twilio has handed the call to a carrier and the number is being dialled. Calls bridged with Dial start here, without a queued step.',
  'twilio.call.ringing': 'The phone at the other end is ringing.',
  'twilio.call.in-progress':
    'The call was picked up and the line is open now: audio is flowing.',
  'twilio.call.completed':
    'The call connected, audio passed, and it has now ended. Twilio cannot say who picked up: a person, a phone menu or a voicemail box all end as Completed (answering machine detection, when it was on, says which in the trail). Twilio charges for completed calls.',
  'twilio.call.busy':
    'Twilio dialled the number and the line answered with a busy signal. Not charged.',
  'twilio.call.no-answer':
    'Twilio dialled the number, but nobody picked up before the ring timeout ran out (by default 60 seconds for calls made through the API, 30 for Dial). Not charged.',
  'twilio.call.canceled':
    'Ended before anyone answered: the call was cancelled through the API, the caller hung up on an incoming call first, or the caller pressed * to abandon a Dial still ringing. Not charged.',
  'twilio.call.failed':
    'The carriers could not connect the call, most often because the number is wrong or cannot be reached. Not charged.',
  'twilio.text.accepted':
    'A Messaging Service has taken the request and is choosing which of its numbers to send from.',
  'twilio.text.scheduled':
    'The message is waiting for the send time it was scheduled for; then it moves on to Queued, or to Failed if it cannot go.',
  'twilio.text.queued':
    'Twilio has the message and it waits its turn to be sent from the number, which sends at a limited rate.',
  'twilio.text.sending':
    'Twilio is passing the message to the carrier right now; this usually lasts too little to be seen.',
  'twilio.text.sent':
    'The carrier Twilio handed the message to accepted it. That is not a delivery: a receipt saying Delivered or Undelivered can still follow, and some carriers never send one.',
  'twilio.text.delivered':
    'The carrier confirmed that the message reached the recipient’s phone.',
  'twilio.text.undelivered':
    'A receipt from the carrier said the message did not arrive, for example because the carrier filtered it or the phone was off or unreachable.',
  'twilio.text.failed':
    'Twilio could not send the message at all, for example because its queue overflowed, the account was suspended or the media was refused. Not charged.',
  'twilio.text.receiving':
    'Twilio is taking in a message sent to one of your numbers; it is not complete yet.',
  'twilio.text.received': 'A message sent to one of your numbers has reached Twilio.',
  'twilio.text.read':
    'The recipient opened the message: a read receipt, only given on channels that have them (WhatsApp, for one) and when the recipient allows it. It was delivered first.',
  'twilio.text.canceled':
    'A scheduled message was called off before its send time, so it was never sent.',
  'twilio.text.partially-delivered':
    'Only part of the message is confirmed as delivered; no receipt says the whole of it arrived.',
} as const
