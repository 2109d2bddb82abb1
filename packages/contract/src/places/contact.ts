// Contact fields of third-party records: phone numbers, e-mail addresses and URLs, cleaned where the
// meaning is clear and otherwise left unread (the caller keeps the raw value).

const INTERNATIONAL = /^(\+33|\+590|\+594|\+262|\+596|\+269|\+687|\+689|\+508|\+681)\d{6,9}$/;

/**
 * A phone number in the standard's international format (`+33180059880`), or undefined when it
 * cannot be read: "01 80 05 98 80", "0033 1 80…", "+33 (0)1 80…", "+330180059880" (a leftover zero)
 * and "+0180059880" (a stray plus) are all read; "+33" or "+3315873272" (too short) are not.
 */
export function cleanPhone(raw: string): string | undefined {
  let s = raw.replace(/\(0\)/g, '').replace(/[\s.\-/()\u00a0]/g, '');
  if (s.startsWith('00')) s = '+' + s.slice(2);
  if (/^\+0\d{9}$/.test(s)) s = s.slice(1);
  if (/^0[1-9]\d{8}$/.test(s)) return '+33' + s.slice(1);
  if (/^\+330[1-9]\d{8}$/.test(s)) return '+33' + s.slice(4);
  if (/^\+33[1-9]\d{8}$/.test(s)) return s;
  if (!s.startsWith('+33') && INTERNATIONAL.test(s)) return s;
  return undefined;
}

/** A French phone number for display: "+33180059880" → "01 80 05 98 80"; other numbers as they are. */
export function formatPhone(phone: string): string {
  const m = /^\+33(\d{9})$/.exec(phone);
  return m ? ('0' + m[1]).replace(/(\d{2})(?=\d)/g, '$1 ') : phone;
}

const EMAIL = /^[^\s@,;|]+@[^\s@,;|]+\.[a-z]{2,}$/i;

/** Splits a list of e-mail addresses; returns the readable ones and the unreadable rest. */
export function cleanEmails(raw: string): { values: string[]; unread: string[] } {
  const values: string[] = [];
  const unread: string[] = [];
  for (const part of raw.split(/[|;,\s]+/)) {
    const p = part.replace(/^mailto:/i, '');
    if (!p) continue;
    (EMAIL.test(p) ? values : unread).push(p);
  }
  return { values, unread };
}

/** An http(s) URL (a bare `www.…` gets `https://`), or undefined. */
export function cleanUrl(raw: string): string | undefined {
  let s = raw.trim();
  if (/^www\./i.test(s)) s = 'https://' + s;
  if (!/^https?:\/\/[^\s/]+\.[^\s/]+/i.test(s)) return undefined;
  return /\s/.test(s) ? undefined : s;
}

/** Splits a list of URLs (the standard says `|`; v0.1.1 said `,`); returns the readable ones and the rest. */
export function cleanUrls(raw: string): { values: string[]; unread: string[] } {
  const values: string[] = [];
  const unread: string[] = [];
  for (const part of raw.split(/\s*[|,;]\s*(?=https?:|www\.)|\s*\|\s*/)) {
    if (!part.trim()) continue;
    const url = cleanUrl(part);
    if (url) values.push(url);
    else unread.push(part.trim());
  }
  return { values, unread };
}
