// Small text helpers for matching the free text of third-party records.

/** Lower case, without diacritics, apostrophes unified, spaces collapsed: the key two spellings share. */
export function fold(value: string): string {
  // Most values are plain ASCII: skip the (costly) decomposition for them.
  const base = /[\u0080-\uffff]/.test(value) ? value.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : value;
  return base
    .toLowerCase()
    .replace(/[\u2019`]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/\s*\(\s*/g, '(')
    .trim();
}

/** A commune-name key: folded, hyphens and apostrophes as spaces, "st" as "saint", without a trailing CEDEX or arrondissement number. */
export function communeKey(value: string): string {
  return fold(value)
    .replace(/[-'.]/g, ' ')
    .replace(/\bcedex\b.*$/, '')
    .replace(/\s+\d{1,2}(e|er|eme)?\s*$/, '')
    .replace(/\bste?\b/g, (m) => (m === 'st' ? 'saint' : 'sainte'))
    .replace(/\s+/g, ' ')
    .trim();
}

const LOWER_WORDS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'sur', 'sous', 'en', 'et', 'lès', 'lez', 'aux', 'au']);

/**
 * A commune name written in capitals ("SAINT GERMAIN EN LAYE", "PARIS 10") as people write it
 * ("Saint Germain en Laye", "Paris"); names already in mixed case are only trimmed of CEDEX and
 * arrondissement numbers.
 */
export function displayCommune(value: string): string {
  const base = value
    .replace(/\s+cedex\b.*$/i, '')
    .replace(/\s+\d{1,2}(e|er|eme|ème)?\s*$/i, '')
    .trim();
  if (base !== base.toUpperCase()) return base;
  return base
    .toLowerCase()
    .replace(/[^\s\-']+/g, (word, offset: number) =>
      offset > 0 && LOWER_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1),
    );
}

/** Trimmed string value of a record field, or '' (numbers are written out; other types are ignored). */
export function str(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}
