/** What each Ventured Solutions Messenger status means, in our words, faithful to the vendor's document (entries in ../messenger.ts). */
export const messengerMeanings = {
  'messenger.call.queued': 'The call is ready and waiting its turn to go out.',
  'messenger.call.in-progress': 'The call was answered and is still going on.',
  'messenger.call.completed':
    'The call was answered and ended normally. Unlike CTM’s Completed, this call was answered.',
  'messenger.call.failed':
    'The call could not be completed as dialled, most likely because the number does not exist.',
  'messenger.call.no-answer': 'The call ended without being answered.',
  'messenger.call.cancelled':
    'The call was cancelled through the REST API while it was queued or ringing.',
  'messenger.call.try-number-1':
    'An attempt on the contact’s number 1 of at most 3 (mobile, home, work: the Voice to Mobile/Home/Work options of Send Via). When a number fails, Messenger moves on to the next; once every number has been tried the configured number of times, the call ends as Failed or Completed.',
  'messenger.call.try-number-2':
    'An attempt on the contact’s number 2 of at most 3 (mobile, home, work: the Voice to Mobile/Home/Work options of Send Via). When a number fails, Messenger moves on to the next; once every number has been tried the configured number of times, the call ends as Failed or Completed.',
  'messenger.call.try-number-3':
    'An attempt on the contact’s number 3 of at most 3 (mobile, home, work: the Voice to Mobile/Home/Work options of Send Via). When a number fails, Messenger moves on to the next; once every number has been tried the configured number of times, the call ends as Failed or Completed.',
  'messenger.call.busy':
    'The recipient was already on the phone, so the call could not get through. Messenger reports Busy when no answer machine could take the call instead: no message was left.',
  'messenger.call.ringing':
    'Nobody answered and no answer machine took the call (or no answer-machine message was set up): the phone rang for 30 seconds, then the call was disconnected.',
  'messenger.call.outgoing':
    'The telecom provider played one of its recorded announcements about the number’s status: “the number you have dialled has been changed to…”.',
  'messenger.call.far-end-disconnect':
    'The recipient’s network played an announcement (number not recognised, or does not take incoming calls). On a mobile this can be a network problem or poor signal; on a landline, the line may be disconnected.',
  'messenger.call.network-disconnect':
    'The number is not active: the network answered that the number called is not available.',
  'messenger.call.connected-answered':
    'The recipient picked up the call. The call then goes on (In-progress) and ends as Completed.',
  'messenger.call.connected-answer-machine':
    'An answer machine picked up the call. Messenger reports this only when an answer-machine message has been created.',
  'messenger.call.connected-no-response':
    'The call was picked up, but Messenger did not recognise a human voice (a disturbance on the line, a very quiet recipient), so it played a standard test message asking for a key press. The phone was put down before any key was pressed.',
} as const
