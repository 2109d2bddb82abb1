// French phone numbers as people type them, normalised to one form for storage and display.

/**
 * The ten national digits ("0123456789") of a French number typed as "01 23 45 67 89", "01.23.45.67.89",
 * "0123456789", "+33 1 23 45 67 89", "+33 (0)1 23 45 67 89" or "0033 1 23 45 67 89"; undefined when it is
 * not one (wrong length, letters, a foreign prefix).
 */
export function nationalPhoneDigits(raw: string): string | undefined {
  const compact = raw
    .trim()
    .replace(/[\s.\-\u00a0\u202f/]/g, '')
    .replace(/^\+33\(0\)/, '+33');
  const national = /^(?:\+33|0033)([1-9]\d{8})$/.exec(compact)?.[1];
  if (national) return `0${national}`;
  return /^0[1-9]\d{8}$/.test(compact) ? compact : undefined;
}

/** True when `raw` is a French phone number in one of the accepted forms. */
export const isFrenchPhone = (raw: string): boolean => nationalPhoneDigits(raw) !== undefined;

/** The number as the Métropole stores and shows it: "01 23 45 67 89"; the input unchanged when not a French number. */
export function normalisePhone(raw: string): string {
  const digits = nationalPhoneDigits(raw);
  return digits ? digits.replace(/(\d{2})(?=\d)/g, '$1 ') : raw.trim();
}
