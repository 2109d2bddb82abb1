// SIRET numbers (14 digits: the 9-digit SIREN of the organisation, then 5 digits for the establishment),
// checked with their key as INSEE computes it. Pure functions: the form checks as the person types, the
// server checks again.

/** La Poste's SIREN: its thousands of establishments outgrew the Luhn key, so their SIRETs use another rule. */
export const LA_POSTE_SIREN = '356000000';

/** The digits of a SIRET as people type it ("123 456 789 00012", "123.456.789.00012"); other characters kept, to fail. */
export const compactSiret = (raw: string): string => raw.replace(/[\s.\u00a0\u202f-]/g, '');

/** Luhn key: doubling every second digit from the right, the sum is a multiple of 10. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * True when `raw` is a valid SIRET: 14 digits with a valid Luhn key, or, for La Poste's establishments
 * (SIREN 356000000), digits whose plain sum is a multiple of 5 (INSEE's exception; its head office,
 * 356 000 000 00048, also passes Luhn).
 */
export function isValidSiret(raw: string): boolean {
  const digits = compactSiret(raw);
  if (!/^\d{14}$/.test(digits)) return false;
  if (luhnValid(digits)) return true;
  if (!digits.startsWith(LA_POSTE_SIREN)) return false;
  let sum = 0;
  for (const c of digits) sum += c.charCodeAt(0) - 48;
  return sum % 5 === 0;
}
