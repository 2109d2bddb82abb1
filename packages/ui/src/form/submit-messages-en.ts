import type { SubmitMessages } from './submit-messages.js';

export const submitMessagesEn: SubmitMessages = {
  sending: 'Sending…',
  retry: 'Try again',
  failure: {
    offline: 'Sending failed: the connection seems down. What you entered is kept; check your connection and try again.',
    server: 'The service is not answering right now. What you entered is kept; try again in a few minutes.',
    fields: 'Some answers were not accepted: correct the fields shown.',
    'too-large': 'What you sent is too long: shorten the longest texts and try again.',
    'rate-limited': 'Too many requests came from your connection. Wait a minute and try again.',
    'key-reused': 'A request with other answers was already sent from this form. Check your answers and send again.',
    'already-registered': 'This e-mail address is already registered.',
    closed: 'Registration is closed.',
    other: 'Sending failed. What you entered is kept; try again.',
  },
};
