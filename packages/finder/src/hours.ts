// Opening hours as a resident reads them: "Ouvert jusqu'à 12 h", "Fermé, ouvre mardi à 9 h", today's
// hours, the week with today highlighted. Unreadable hours are shown raw, never guessed.
import { isOpenAt, nextChange, rangesOn, weekdayIndex, weekSchedule, type OpeningHours, type TimeRange } from '@npt/contract';
import type { FinderStrings } from './translations/strings.js';

/** Minutes since midnight within the day (1440 for the end of the day, as in "14:00-24:00"). */
function minutesOf(minutes: number): number {
  return minutes % 1440 === 0 && minutes > 0 ? 1440 : minutes % 1440;
}

function formatRanges(ranges: readonly TimeRange[], t: FinderStrings): string {
  if (!ranges.length) return t.closed;
  return ranges.map(([s, e]) => t.timeRange(t.time(minutesOf(s)), t.time(minutesOf(e)))).join(t.rangeSeparator);
}

export interface HoursStatus {
  open: boolean;
  /** "Ouvert jusqu'à 12 h", "Fermé, ouvre demain…" */
  text: string;
  /** Today's ranges, e.g. "9 h – 12 h, 14 h – 17 h". */
  today: string;
}

/** Open or closed at `now`, with when that changes and today's hours. */
export function hoursStatus(oh: OpeningHours, now: Date, t: FinderStrings): HoursStatus {
  const open = isOpenAt(oh, now);
  const next = nextChange(oh, now);
  const today = formatRanges(rangesOn(oh, now), t);
  if (open) return { open, text: next ? t.openUntil(t.time(next.getHours() * 60 + next.getMinutes())) : t.openAllDay, today };
  if (!next) return { open, text: t.closedToday, today };
  const sameDay = next.toDateString() === now.toDateString();
  const day = sameDay ? t.today : t.days[weekdayIndex(next)]!;
  return { open, text: t.closedOpensAt(t.dayAt(day, t.time(next.getHours() * 60 + next.getMinutes()))), today };
}

/** The week, Monday first, with the rule comments ("sur rendez-vous"). */
export function weekRows(oh: OpeningHours, t: FinderStrings): Array<{ day: string; hours: string; comment?: string }> {
  return weekSchedule(oh).map((d, i) => ({
    day: t.days[i]!,
    hours: formatRanges(d.ranges, t),
    ...(d.comment ? { comment: d.comment } : {}),
  }));
}
