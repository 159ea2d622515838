/*
 * What a home-services business and its customers text each other. Outbound
 * templates are filled in to give many distinct bodies; inbound replies are
 * kept as written, awkward ones included.
 */
export const outboundTemplates = [
  'Reminder: your appointment with {biz} is {day} at {time}. Reply C to confirm or R to reschedule.',
  'Hi! {tech} from {biz} is on the way and should arrive in about {minutes} minutes.',
  'Your verification code is {code}. It expires in 10 minutes. Never share it with anyone.',
  "Thanks for calling {biz}. Ticket #{order} is open; we'll text you when a technician is assigned.",
  '{biz}: invoice #{order} for ${amount} is ready. Pay securely at https://pay.example.com/{code}',
  'How did we do? Reply 1-5 to rate your visit from {tech}. Your feedback helps us improve.',
  'Your {service} is booked for {day} between {window}. Reply STOP to opt out.',
  'We missed your call! Reply here or call us back at (312) 555-0130. - {biz}',
  'Spring special from {biz}: 20% off {service} booked this week. Reply YES to claim. Msg&data rates may apply. Reply STOP to opt out.',
  'Your technician {tech} has finished. Summary: {summary}. Questions? Just reply to this text.',
  '🎉 Thanks for choosing {biz}! Show this text for 10% off your next visit.',
  'Important update about your {service} plan with {biz}: from next month, visits are booked online or by text, and every visit includes a free safety check of your system. Your price stays the same for the rest of the year. If you have questions, reply to this message and a member of our team will get back to you within one business day. Thank you for being a customer.',
  'Good news: the part for ticket #{order} has arrived. Reply with a day that suits you and we will book {tech} in.',
] as const

export const fills = {
  biz: [
    'Lakeview Heating & Air',
    'Northside Plumbing',
    'Windy City Electric',
    'Loop Appliance Repair',
  ],
  day: ['today', 'tomorrow', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
  time: ['8:00 AM', '9:30 AM', '10:15 AM', '11:00 AM', '1:30 PM', '2:45 PM', '4:00 PM'],
  tech: ['Marcus', 'Priya', 'Tomás', 'Dana', 'Kwame', 'Hannah'],
  minutes: ['10', '15', '20', '25', '30', '45'],
  service: [
    'furnace tune-up',
    'AC tune-up',
    'water heater service',
    'drain cleaning',
    'panel inspection',
  ],
  window: ['8-10 AM', '10 AM-12 PM', '12-2 PM', '2-4 PM', '4-6 PM'],
  summary: [
    'replaced the igniter and tested the furnace',
    'cleared the kitchen drain; no damage found',
    'installed a new thermostat and paired it with your phone',
    'flushed the water heater and checked the anode rod',
  ],
} as const

export type FillName = keyof typeof fills | 'code' | 'order' | 'amount'

export const inboundReplies = [
  'C',
  'Yes',
  'YES',
  'R',
  'ok',
  'Confirmed, thanks!',
  'Can we move it to Thursday afternoon?',
  'STOP',
  'What time do you close today?',
  '👍',
  'Thanks! 🙏',
  'Running 10 min late, sorry',
  'Is the technician still coming?',
  'Price for a new water heater?',
  'Call me back please',
  'Who is this?',
  'Hola, ¿hablan español?',
  'תודה רבה, נתראה מחר',
  'شكرا جزيلا',
  '<b>Bold</b> move, thanks',
  '<script>alert(1)</script>',
  'The AC is making a "clicking" noise again',
  "It's fixed - you're the best!",
  '5',
  'Hi, I had a technician out last week for the furnace and it worked for two days, but since yesterday evening it keeps shutting off after a few minutes and the house is getting cold. I work from home so any time tomorrow is fine, but please call before you come because the doorbell is broken. Also can you bring the invoice from last time, I never got a copy by email. Thanks',
] as const
