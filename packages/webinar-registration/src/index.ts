export { NptWebinarRegistration } from './npt-webinar-registration.js';
export { NptRegistrationSuccessEvent, NptRegistrationErrorEvent, NptRegistrationCancelEvent, type RegistrationDetail } from './events.js';
export { describeSessionTime, formatClock, formatDate, formatDuration, ordinal, placeOfZone, type SessionTime } from './session-time.js';
export { readBookingRef, bookingUrl, withoutBooking, type BookingRef } from './manage/booking-link.js';
export { selectSessions } from './sessions/select.js';
export type { WebinarStrings } from './translations/strings.js';
