/**
 * Reads a whole number as people type it in France: "8000", "8 000" (with a normal, no-break or narrow
 * no-break space), "8.000" or "8,000" as thousands groups. Anything else is an error the form explains,
 * never NaN and never a silent zero.
 */
export type ParsedInteger =
  { ok: true; value: number } | { ok: false; error: 'empty' | 'notANumber' | 'negative' | 'decimal' | 'tooLarge' };

const GROUPED = /^\d{1,3}([ .,]\d{3})+$/;
const PLAIN = /^\d+$/;
const DECIMAL = /^\d+[.,]\d+$/;

export function parseFrenchInteger(raw: string, max = Number.MAX_SAFE_INTEGER): ParsedInteger {
  const text = raw
    .trim()
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .replace(/\s*€$/, '');
  if (text === '') return { ok: false, error: 'empty' };
  const unsigned = text.replace(/^[-\u2212]\s*/, '');
  const negative = unsigned !== text;
  let digits: string | null = null;
  if (PLAIN.test(unsigned)) digits = unsigned;
  else if (GROUPED.test(unsigned)) digits = unsigned.replace(/[ .,]/g, '');
  else if (DECIMAL.test(unsigned)) return { ok: false, error: negative ? 'negative' : 'decimal' };
  if (digits === null) return { ok: false, error: 'notANumber' };
  if (negative && /[1-9]/.test(digits)) return { ok: false, error: 'negative' };
  const value = Number(digits);
  if (!Number.isSafeInteger(value) || value > max) return { ok: false, error: 'tooLarge' };
  return { ok: true, value };
}
