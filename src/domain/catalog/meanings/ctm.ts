/** What each CallTrackingMetrics status means, in our words, faithful to the vendor's document (entries in ../ctm.ts). */
export const ctmMeanings = {
  'ctm.call.answered':
    'The call connected to its destination route. Routed to a call queue or an agent, a person answered; routed to a receiving number, the receiving line connected, which may also be a voicemail box: that depends on the line’s own set-up, outside CTM’s control.',
  'ctm.call.completed':
    'The caller reached the tracking number and interacted with the call route (a voice menu or survey), but the call was never routed to a queue, an agent or a receiving number, so nobody answered. Useful to count how often callers used your IVR; not a connected call.',
  'ctm.call.in-progress':
    'The call is still under way: talking with an agent, on hold, moving through a voice menu or waiting in a queue.',
  'ctm.call.hangup':
    'The caller hung up before routing finished: before being connected to the receiving number, before choosing in a voice menu, or after a wrong or missing choice.',
  'ctm.call.busy':
    'The call was routed to a receiving number that gave a busy signal because it was already on another call.',
  'ctm.call.failed':
    'The call could not be connected, for example because the receiving number is misconfigured or the destination is out of service.',
  'ctm.call.no-answer':
    'Routing finished and the call was offered to an agent or receiving number, but nobody and no machine picked up. Also covers a contact who never pressed a key in the voice menu and a call ended by the system.',
  'ctm.call.canceled': 'The caller disconnected before the call was answered.',
  'ctm.call.no-audio':
    'There is no audio recording for this call. A recording flag, not an outcome: a call can be Answered and have No Audio.',
  'ctm.text.received': 'CTM has received the text the sender sent to your number.',
  'ctm.text.pending': 'The dialer has put the text into the send queue.',
  'ctm.text.sending':
    'Temporary: the system is transmitting the text to the recipient right now.',
  'ctm.text.completed':
    'The system completed the text’s routing or trigger. The recipient may or may not have received it.',
  'ctm.text.delivered': 'The recipient received the text.',
  'ctm.text.undelivered':
    'A delivery receipt came back saying the text did not arrive, for example because the carrier filtered its content or the handset was not available.',
  'ctm.text.unreachable':
    'The destination handset is switched off or otherwise unavailable.',
  'ctm.text.unsent':
    'The system did not send the text. One cause: several texts to the same contact within the same second are rate-limited to prevent spam-like sending; check that each automation sends one message to a contact at a time.',
  'ctm.text.queued':
    'Temporary: waiting its turn to be processed and sent. A number usually sends one text per second, so texts sent at once from one number (a bulk send, say) wait in a queue.',
  'ctm.text.receiving': 'Temporary: the customer is sending this text to CTM right now.',
  'ctm.text.sent':
    'The system sent the text to the recipient, who may not have received it. A delivery receipt can still follow it (Delivered or Undelivered).',
  'ctm.text.failed':
    'The text could not be delivered, for example because the number is on the Do Not Text list, is out of service, or cannot receive texts.',
} as const
