import * as z from 'zod/mini';

/**
 * Control and format characters (Unicode categories Cc and Cf): newlines, NUL, zero-width joiners,
 * bidirectional overrides (U+202E)… A name carrying them can rewrite what the e-mails, the admin exports
 * and the screens of the programme show around it ("Bonjour Bob‮… Votre inscription est annulée").
 */
// Also refused: the line and paragraph separators (Zl, Zp: U+2028 breaks the line in mail readers as \n
// does), lone surrogates (Cs: no character at all, mangled differently by each store) and the Hangul
// fillers, letters that show nothing (a name made of them looks empty).
const NO_CONTROL = /^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u115F\u1160\u3164\uFFA0]*$/u;
/** The same for text typed in a text area: line breaks and tabs are allowed, nothing else of those categories. */
const NO_CONTROL_BUT_LINES = /^(?:[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u115F\u1160\u3164\uFFA0]|[\t\n\r])*$/u;

const NO_CONTROL_MESSAGE = 'Must not contain control, format or bidirectional characters (line breaks, zero-width or direction marks)';

/**
 * A trimmed, non-empty, single-line string of at most `max` characters (what a form field sends), without
 * control, format or bidirectional characters. Every free-text field of the contract uses it or `paragraphs`.
 */
export const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max), z.regex(NO_CONTROL, NO_CONTROL_MESSAGE));

/** Like `text`, for a text area: line breaks and tabs allowed; may be empty after trimming when `allowEmpty`. */
export const paragraphs = (max: number, options: { allowEmpty?: boolean } = {}) =>
  z
    .string()
    .check(
      z.trim(),
      ...(options.allowEmpty ? [] : [z.minLength(1)]),
      z.maxLength(max),
      z.regex(NO_CONTROL_BUT_LINES, 'Must not contain control, format or bidirectional characters other than line breaks and tabs'),
    );

/** True when `value` holds a character `text` refuses (for forms that check before sending). */
export const hasControlCharacters = (value: string, options: { multiline?: boolean } = {}) =>
  !(options.multiline ? NO_CONTROL_BUT_LINES : NO_CONTROL).test(value);

/** An e-mail address (at most 254 characters, RFC 5321). */
export const email = () => z.email().check(z.maxLength(254));

/** An instant as an ISO 8601 string with its offset, e.g. "2026-03-12T09:30:00.000Z". */
export const instant = () => z.iso.datetime({ offset: true });

/** A French phone number as people type it: "01 23 45 67 89", "01.23.45.67.89", "+33 1 23 45 67 89". */
export const PHONE_PATTERN = /^(?:\+33\s?|0)[1-9](?:[\s.-]?\d{2}){4}$/;

/** A code INSEE of a commune (Corsica uses 2A/2B). */
export const INSEE_PATTERN = /^\d[\dAB]\d{3}$/;
