// When a session takes place, in words: the date and time in Paris (where the programme runs them) and,
// beside it, the visitor's own time when their clock says something else. Pure functions: no DOM.
import type { Locale } from '@npt/ui';

const PARIS = 'Europe/Paris';

/** How a session's time reads: "mardi 17 mars 2026", "14 h 00 (heure de Paris)", "9 h 00 à Montréal", "1 h 30". */
export interface SessionTime {
  date: string;
  time: string;
  /** The visitor's own time, only when it differs from Paris time ("9 h 00 à Montréal"). */
  visitor?: string;
  duration: string;
}

const tags: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };
const formats = new Map<string, Intl.DateTimeFormat>();
function format(locale: Locale, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(tags[locale], { timeZone, ...options })));
  return f;
}

const DATE: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };

/** "mardi 17 mars 2026"; French writes the first of the month "1er". */
export function formatDate(at: Date, locale: Locale, timeZone = PARIS): string {
  const text = format(locale, timeZone, DATE).format(at);
  return locale === 'fr' ? text.replace(/^(\S+ )1 /, '$11er ') : text;
}

/** "14 h 00" (French usage) or "2:00 pm". */
export function formatClock(at: Date, locale: Locale, timeZone = PARIS): string {
  if (locale === 'en')
    return format('en', timeZone, { hour: 'numeric', minute: '2-digit', hour12: true }).format(at).replace(/\s/g, ' ').toLowerCase();
  const parts = format('fr', timeZone, { hour: 'numeric', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${Number(part('hour'))} h ${part('minute')}`;
}

/** "1 h", "1 h 30", "45 min" (French) or "1 h 30 min" (English). */
export function formatDuration(minutes: number, locale: Locale): string {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  if (h === 0) return `${m} min`;
  if (m === 0) return `${h} h`;
  return locale === 'fr' ? `${h} h ${String(m).padStart(2, '0')}` : `${h} h ${m} min`;
}

// Zones whose name in words is not their IANA city. Chromium and others report Montréal's zone under its
// canonical alias, America/Toronto: same clocks, and the programme's French-speaking visitors there are in Québec.
const PLACES: Record<string, { fr: string; en: string }> = {
  'America/Montreal': { fr: 'à Montréal', en: 'in Montreal' },
  'America/Toronto': { fr: 'à Montréal', en: 'in Montreal' },
  'America/Martinique': { fr: 'en Martinique', en: 'in Martinique' },
  'America/Guadeloupe': { fr: 'en Guadeloupe', en: 'in Guadeloupe' },
  'America/Cayenne': { fr: 'en Guyane', en: 'in French Guiana' },
  'America/Miquelon': { fr: 'à Saint-Pierre-et-Miquelon', en: 'in Saint Pierre and Miquelon' },
  'Indian/Reunion': { fr: 'à La Réunion', en: 'in Réunion' },
  'Indian/Mayotte': { fr: 'à Mayotte', en: 'in Mayotte' },
  'Pacific/Noumea': { fr: 'en Nouvelle-Calédonie', en: 'in New Caledonia' },
  'Pacific/Tahiti': { fr: 'à Tahiti', en: 'in Tahiti' },
  'Europe/London': { fr: 'à Londres', en: 'in London' },
  'America/Mexico_City': { fr: 'à Mexico', en: 'in Mexico City' },
  'America/Sao_Paulo': { fr: 'à São Paulo', en: 'in São Paulo' },
};

/** "à Montréal", "in New York": where a time zone's clock is, from its IANA name. */
export function placeOfZone(timeZone: string, locale: Locale): string {
  // A machine set to UTC (servers, some kiosks): no city to name.
  if (/^(Etc\/)?(UTC|GMT|Universal|Zulu)$/.test(timeZone)) return locale === 'fr' ? '(temps universel)' : '(UTC)';
  const known = PLACES[timeZone];
  if (known) return known[locale];
  const city = (timeZone.split('/').pop() ?? timeZone).replace(/_/g, ' ');
  return locale === 'fr' ? `à ${city}` : `in ${city}`;
}

/** The visitor's time zone as the browser reports it (undefined when it cannot say). */
export function visitorTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

/**
 * A session's time in words. The visitor's time shows only when their clock reads differently from
 * Paris at that instant (a visitor in Brussels sees Paris time alone); with the day too when it differs.
 */
export function describeSessionTime(startsAt: string, endsAt: string, locale: Locale, visitorZone?: string): SessionTime {
  const start = new Date(startsAt);
  const minutes = (Date.parse(endsAt) - start.getTime()) / 60_000;
  const result: SessionTime = {
    date: formatDate(start, locale),
    time: `${formatClock(start, locale)} (${locale === 'fr' ? 'heure de Paris' : 'Paris time'})`,
    duration: formatDuration(minutes, locale),
  };
  if (visitorZone && visitorZone !== PARIS) {
    let clock: string;
    try {
      clock = formatClock(start, locale, visitorZone);
    } catch {
      return result; // a zone this browser's Intl does not know: Paris time alone
    }
    const date = formatDate(start, locale, visitorZone);
    if (clock !== formatClock(start, locale) || date !== result.date) {
      const day = date !== result.date ? (locale === 'fr' ? ` le ${date}` : ` on ${date}`) : '';
      result.visitor = `${clock}${day} ${placeOfZone(visitorZone, locale)}`;
    }
  }
  return result;
}

/** "1re", "2e" in French; "1st", "2nd", "3rd", "4th" in English: a waiting-list rank. */
export function ordinal(n: number, locale: Locale): string {
  if (locale === 'fr') return `${n}${n === 1 ? 're' : 'e'}`;
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
