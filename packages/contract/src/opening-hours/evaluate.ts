// Evaluation of parsed opening hours at an instant, in the device's local time (the places and their
// residents are in France). French national public holidays are known, so `PH off` is honoured.
import { weekdayIndex, type OpeningHours, type TimeRange } from './parse.js';

const DAY_MS = 86_400_000;

/** Easter Sunday (Gregorian calendar, anonymous algorithm), as [month 0-11, day]. */
function easter(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return [month - 1, ((h + l - 7 * m + 114) % 31) + 1];
}

/** The eleven national public holidays of metropolitan France (jours fériés), any year. */
export function isPublicHoliday(date: Date): boolean {
  const y = date.getFullYear();
  const md = `${date.getMonth() + 1}-${date.getDate()}`;
  if (['1-1', '5-1', '5-8', '7-14', '8-15', '11-1', '11-11', '12-25'].includes(md)) return true;
  const [em, ed] = easter(y);
  const days = Math.round((Date.UTC(y, date.getMonth(), date.getDate()) - Date.UTC(y, em, ed)) / DAY_MS);
  return days === 1 || days === 39 || days === 50; // Easter Monday, Ascension, Whit Monday
}

/** What the rules say for a calendar day: its own ranges (end may pass midnight) and comment. */
function rulesFor(oh: OpeningHours, weekday: number, holiday: boolean): { ranges: TimeRange[]; comment?: string } {
  let ranges: TimeRange[] = [];
  let comment: string | undefined;
  for (const rule of oh.rules) {
    if (!(rule.days & (1 << weekday)) && !(holiday && rule.ph)) continue;
    // An additional `off` ("Mo-Fr 09:00-17:00, PH off") closes, as OpenStreetMap tools read it.
    ranges = rule.additional && rule.ranges.length ? [...ranges, ...rule.ranges] : [...rule.ranges];
    comment = rule.additional ? (comment ?? rule.comment) : rule.comment;
  }
  return { ranges: merge(ranges), comment };
}

function merge(ranges: TimeRange[]): TimeRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: TimeRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/**
 * The hours of an ordinary week (no public holiday), Monday first: for each day its ranges in
 * minutes (an end past 1440 runs into the next morning) and the rule's comment if any.
 */
export function weekSchedule(oh: OpeningHours): Array<{ ranges: TimeRange[]; comment?: string }> {
  return [0, 1, 2, 3, 4, 5, 6].map((d) => rulesFor(oh, d, false));
}

/** The ranges that concern a calendar day (minutes 0-1440), with what runs over from the evening before. */
export function rangesOn(oh: OpeningHours, date: Date): TimeRange[] {
  const day = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  const before = new Date(day.getFullYear(), day.getMonth(), day.getDate() - 1);
  const today = rulesFor(oh, weekdayIndex(day), isPublicHoliday(day)).ranges;
  const spill = rulesFor(oh, weekdayIndex(before), isPublicHoliday(before))
    .ranges.filter((r) => r[1] > 1440)
    .map((r): TimeRange => [0, r[1] - 1440]);
  return merge([...spill, ...today.map((r): TimeRange => [r[0], Math.min(r[1], 1440)])]);
}

/** Whether the place is open at this instant. */
export function isOpenAt(oh: OpeningHours, date: Date): boolean {
  const minute = date.getHours() * 60 + date.getMinutes();
  return rangesOn(oh, date).some(([s, e]) => minute >= s && minute < e);
}

/** Whether the place opens at some time on this weekday (Monday = 0) in an ordinary week. */
export function isOpenOnWeekday(oh: OpeningHours, weekday: number): boolean {
  return rulesFor(oh, weekday, false).ranges.length > 0;
}

/**
 * The next instant the state changes (opens or closes) after `date`, within a week; null if it
 * never changes (always open, never open).
 */
export function nextChange(oh: OpeningHours, date: Date): Date | null {
  const dayAt = (d: number, minute = 0) => new Date(date.getFullYear(), date.getMonth(), date.getDate() + d, 0, minute);
  const now = date.getHours() * 60 + date.getMinutes();
  if (isOpenAt(oh, date)) {
    // Follow the open range across midnights until it ends.
    for (let d = 0; d < 8; d++) {
      const r = rangesOn(oh, dayAt(d)).find(([s, e]) => (d === 0 ? now >= s && now < e : s === 0));
      if (!r) return dayAt(d);
      if (r[1] < 1440) return dayAt(d, r[1]);
    }
    return null;
  }
  for (let d = 0; d < 8; d++) {
    for (const [s] of rangesOn(oh, dayAt(d))) {
      const at = dayAt(d, s);
      if (at > date) return at;
    }
  }
  return null;
}
