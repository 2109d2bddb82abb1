import * as z from 'zod/mini';

/** A trimmed, non-empty string of at most `max` characters (what a form field sends). */
export const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/** An e-mail address (at most 254 characters, RFC 5321). */
export const email = () => z.email().check(z.maxLength(254));

/** An instant as an ISO 8601 string with its offset, e.g. "2026-03-12T09:30:00.000Z". */
export const instant = () => z.iso.datetime({ offset: true });

/** A French phone number as people type it: "01 23 45 67 89", "01.23.45.67.89", "+33 1 23 45 67 89". */
export const PHONE_PATTERN = /^(?:\+33\s?|0)[1-9](?:[\s.-]?\d{2}){4}$/;

/** A code INSEE of a commune (Corsica uses 2A/2B). */
export const INSEE_PATTERN = /^\d[\dAB]\d{3}$/;
