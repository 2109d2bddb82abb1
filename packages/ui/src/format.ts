import type { Locale } from './locale.js';

const tags: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(tags[locale], options)));
  return f;
}

/** "800 000 €" in French, "€800,000" in English; cents only when there are some. */
export function formatMoney(amount: number, locale: Locale): string {
  const fraction = Number.isInteger(amount) ? 0 : 2;
  return formatter(locale, { style: 'currency', currency: 'EUR', minimumFractionDigits: fraction, maximumFractionDigits: fraction }).format(
    amount,
  );
}

/** "16 000" in French, "16,000" in English. */
export function formatNumber(n: number, locale: Locale, maximumFractionDigits = 0): string {
  return formatter(locale, { maximumFractionDigits }).format(n);
}

/** "50 %" in French, "50%" in English. */
export function formatPercent(share: number, locale: Locale): string {
  return formatter(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** "350 m", "1,2 km" (French) — distances in metres. */
export function formatDistance(metres: number, locale: Locale): string {
  return metres < 1000
    ? `${formatter(locale, { maximumFractionDigits: 0 }).format(Math.round(metres / 10) * 10)} m`
    : `${formatter(locale, { maximumFractionDigits: 1 }).format(metres / 1000)} km`;
}
