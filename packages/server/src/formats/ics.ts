// iCalendar (RFC 5545) of one webinar session, for "add to my calendar". Times are Paris wall-clock times
// with the Europe/Paris VTIMEZONE, so a calendar shows "10:00" for a 10:00 session whatever the rules
// it knows, including on the days the clocks change.
export interface CalendarEvent {
  uid: string;
  start: string;
  end: string;
  summary: string;
  description: string;
  url?: string | undefined;
  stamp?: Date;
}

/**
 * Escapes TEXT values: backslash, semicolon, comma and line breaks of any kind (RFC 5545 §3.3.11); other
 * control characters, which TEXT does not allow (a lone CR would end the content line), are dropped.
 */
const text = (value: string) =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|[\r\n\u2028\u2029]/g, '\\n')
    // eslint-disable-next-line no-control-regex -- control characters are what is removed
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');

/** UTC date-time form, e.g. 20260312T093000Z. */
const utc = (iso: string | Date) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

const TIME_ZONE = 'Europe/Paris';

/** Europe/Paris since 1996 (EU rules): summer time from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  `X-LIC-LOCATION:${TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const parisParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

const parts = (time: number) => Object.fromEntries(parisParts.formatToParts(new Date(time)).map((p) => [p.type, p.value]));

/** Paris offset from UTC in minutes at an instant (60 in winter, 120 in summer). */
function parisOffset(time: number): number {
  const p = parts(time);
  return (Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second) - Math.floor(time / 1000) * 1000) / 60_000;
}

/**
 * `DTSTART`/`DTEND` value: Paris wall-clock time with its TZID, e.g. `;TZID=Europe/Paris:20260329T100000`;
 * UTC within an hour of a clock change, where a wall-clock time may be missing or occur twice.
 */
function icsTime(iso: string | Date): string {
  const time = new Date(iso).getTime();
  const offset = parisOffset(time);
  if (parisOffset(time - 3600_000) !== offset || parisOffset(time + 3600_000) !== offset) return `:${utc(iso)}`;
  const p = parts(time);
  return `;TZID=${TIME_ZONE}:${p.year}${p.month}${p.day}T${p.hour}${p.minute}${p.second}`;
}

/** Folds a content line at 75 octets, never inside a UTF-8 character (RFC 5545 §3.1). */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    if (bytes + size > (out.length ? 74 : 75)) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

export function toIcs(event: CalendarEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Metropole du Grand Paris//Numerique pour tous//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...VTIMEZONE,
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utc(event.stamp ?? new Date())}`,
    `DTSTART${icsTime(event.start)}`,
    `DTEND${icsTime(event.end)}`,
    `SUMMARY:${text(event.summary)}`,
    `DESCRIPTION:${text(event.description)}`,
    ...(event.url ? [`URL:${event.url}`, `LOCATION:${text(event.url)}`] : []),
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}
