// The managing link of a booking: `inscription=<webinar id>.<token>` in the page's fragment (what the
// e-mails and the confirmation give: a fragment never reaches a server or a Referer) or, as some CMS
// rewrite links, in its query. Pure: no DOM beyond URL.
import { decodeBookingRef, encodeBookingRef, MANAGE_PARAM } from '@npt/contract';

export interface BookingRef {
  webinarId: string;
  token: string;
}

/** The booking a page's URL points to, from its fragment first, then its query. */
export function readBookingRef(href: string): BookingRef | undefined {
  const url = new URL(href);
  const fromHash = new URLSearchParams(url.hash.replace(/^#/, '')).get(MANAGE_PARAM);
  return decodeBookingRef(fromHash) ?? decodeBookingRef(url.searchParams.get(MANAGE_PARAM));
}

/** The page's URL managing a booking: the page as it is, any older reference removed, the booking in the fragment. */
export function bookingUrl(href: string, ref: BookingRef): string {
  const url = new URL(href);
  url.searchParams.delete(MANAGE_PARAM);
  url.hash = `${MANAGE_PARAM}=${encodeBookingRef(ref.webinarId, ref.token)}`;
  return url.href;
}

/** The page's URL without the booking (after a cancellation, or "see the sessions"). */
export function withoutBooking(href: string): string {
  const url = new URL(href);
  url.searchParams.delete(MANAGE_PARAM);
  if (new URLSearchParams(url.hash.replace(/^#/, '')).has(MANAGE_PARAM)) url.hash = '';
  return url.href;
}
