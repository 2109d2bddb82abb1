// How a webinar booking is referred to in a managing link. No zod here: a page reading the link pays nothing more.

/**
 * The parameter of the managing link, in the page's query or fragment: `inscription=<webinar id>.<token>`.
 * A token has no dot, so the last dot splits the two; a fragment never reaches a server or a Referer.
 */
export const MANAGE_PARAM = 'inscription';

export function encodeBookingRef(webinarId: string, token: string): string {
  return `${webinarId}.${token}`;
}

export function decodeBookingRef(value: string | null | undefined): { webinarId: string; token: string } | undefined {
  const match = /^(.+)\.([A-Za-z0-9_-]{20,64})$/.exec(value ?? '');
  return match ? { webinarId: match[1]!, token: match[2]! } : undefined;
}
