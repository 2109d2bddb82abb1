// Parser of the OpenStreetMap `opening_hours` subset the national standard uses: weekday ranges and
// lists, several time ranges, `off`/`closed`, `open`, `24/7`, `PH` (public holidays), rule comments,
// `;` (normal rules, a later one overrides the days it names) and `,` (additional rules). Anything
// else (months, weeks, `SH`, sunrise, `14-17`, `9h-12h`, `Sa 17:00`, `12:00-14:00-17:00`) is refused
// as a whole: a string that is not fully understood is shown raw, never half-read into a wrong answer.

/** Minutes since midnight: [start, end), end may exceed 1440 for a range running past midnight. */
export type TimeRange = [start: number, end: number];

export interface OpeningRule {
  /** Bit mask of the weekdays the rule applies to: bit 0 = Monday … bit 6 = Sunday. */
  days: number;
  /** The rule applies on public holidays (`PH`). */
  ph: boolean;
  /** Open time ranges; empty for `off`. */
  ranges: TimeRange[];
  /** `,`-joined rule: adds to what earlier rules said instead of replacing it. */
  additional: boolean;
  comment?: string;
}

export interface OpeningHours {
  /** The string as found. */
  raw: string;
  rules: OpeningRule[];
}

const ALL_DAYS = 127;
const WEEKDAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
const TOKEN = /\s*(?:"([^"]*)"|(Mo|Tu|We|Th|Fr|Sa|Su|PH)\b|(\d{1,2}):(\d\d)|(off|closed|open)\b|(24\/7)|([-,;]))\s*/y;

type Token = { comment: string } | { day: string } | { time: number } | { state: string } | { always: true } | { sep: string };

function tokenize(raw: string): Token[] | null {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < raw.length) {
    const m = TOKEN.exec(raw);
    if (!m) return null;
    if (m[1] !== undefined) out.push({ comment: m[1] });
    else if (m[2]) out.push({ day: m[2] });
    else if (m[3]) {
      const h = +m[3];
      const min = +m[4]!;
      if (min > 59 || h > 48) return null;
      out.push({ time: h * 60 + min });
    } else if (m[5]) out.push({ state: m[5] });
    else if (m[6]) out.push({ always: true });
    else out.push({ sep: m[7]! });
  }
  return out;
}

/**
 * Reads an `opening_hours` string of the supported subset; null when empty or not fully understood.
 * `Tu 18:00-18:00` (an empty range that OpenStreetMap tools read as "open 24 hours") is refused.
 */
export function parseOpeningHours(raw: string | undefined | null): OpeningHours | null {
  const text = (raw ?? '').trim();
  const tokens = text ? tokenize(text) : null;
  if (!tokens) return null;
  const rules: OpeningRule[] = [];
  let i = 0;
  const peek = (k = 0) => tokens[i + k];
  const isSep = (t: Token | undefined, s: string) => !!t && 'sep' in t && t.sep === s;
  const dayOf = (t: Token | undefined) => (t && 'day' in t ? t.day : undefined);
  let additional = false;
  while (i < tokens.length) {
    const rule: OpeningRule = { days: 0, ph: false, ranges: [], additional };
    // Selector: weekdays, ranges of weekdays and PH, separated by commas.
    while (dayOf(peek())) {
      const from = dayOf(peek())!;
      i++;
      if (from === 'PH') rule.ph = true;
      else {
        let a = WEEKDAYS.indexOf(from);
        let b = a;
        if (isSep(peek(), '-')) {
          const to = dayOf(peek(1));
          if (!to || to === 'PH') return null;
          b = WEEKDAYS.indexOf(to);
          i += 2;
        }
        for (;;) {
          rule.days |= 1 << a;
          if (a === b) break;
          a = (a + 1) % 7; // Sa-Mo wraps over the weekend
        }
      }
      if (isSep(peek(), ',') && dayOf(peek(1))) i++;
      else break;
    }
    const selected = rule.days || rule.ph;
    if (!selected) rule.days = ALL_DAYS;
    const t = peek();
    if (t && 'always' in t) {
      if (selected) return null;
      rule.ranges.push([0, 1440]);
      i++;
    } else if (t && 'state' in t) {
      if (t.state === 'open') rule.ranges.push([0, 1440]);
      i++;
    } else if (t && 'time' in t) {
      for (;;) {
        const start = peek();
        const end = peek(2);
        if (!start || !('time' in start) || !isSep(peek(1), '-') || !end || !('time' in end)) return null;
        if (start.time >= 1440 || start.time === end.time) return null;
        rule.ranges.push([start.time, end.time < start.time ? end.time + 1440 : end.time]);
        i += 3;
        if (isSep(peek(), ',') && peek(1) && 'time' in peek(1)!) i++;
        else break;
      }
    } else return null; // no hours: a comment alone ("sur rendez-vous") says nothing of when it is open
    const c = peek();
    if (c && 'comment' in c) {
      rule.comment = c.comment;
      i++;
    }
    rules.push(rule);
    const sep = peek();
    if (!sep) break;
    if (!('sep' in sep) || sep.sep === '-') return null;
    additional = sep.sep === ',';
    i++;
    if (!peek()) break; // a trailing ';'
  }
  return rules.length ? { raw: text, rules } : null;
}

/** Monday = 0 … Sunday = 6. */
export function weekdayIndex(date: Date): number {
  return (date.getDay() + 6) % 7;
}
