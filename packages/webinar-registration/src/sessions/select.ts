// Which sessions the widget offers, and how each one's seats read. Pure: node-tested.
import type { Webinar } from '@npt/contract';

/**
 * The sessions to show: the one a webmaster chose (`webinar="…"`, a space-separated list works too), or
 * those of a theme, soonest first. The server already filters by theme; the widget checks again so a
 * cached or older answer never shows another theme.
 */
export function selectSessions(list: readonly Webinar[], o: { webinar?: string; theme?: string }): Webinar[] {
  const ids = (o.webinar ?? '').split(/[\s,]+/).filter(Boolean);
  return list
    .filter((w) => (ids.length ? ids.includes(w.id) : true))
    .filter((w) => (o.theme ? w.theme === o.theme : true))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/** Whether a new registration to this session would join the waiting list. */
export const joinsWaitingList = (w: Webinar): boolean => w.status === 'waiting-list' || (w.status === 'open' && w.seatsLeft === 0);
