// The page's side of the anti-spam check: the time the person took, measured from the first display of
// this draft and frozen at the first submit, so that a retry (even after a reload) sends the same body
// under the same Idempotency-Key. Kept next to the draft in localStorage, in memory when storage throws.
import type { Antispam } from '@npt/contract';

interface Timing {
  startedAt: number;
  fillMs?: number;
}

const memory = new Map<string, string>();
const PREFIX = 'npt:participation-timing:';

function read(key: string): Timing | undefined {
  let raw: string | null | undefined;
  try {
    raw = localStorage.getItem(PREFIX + key);
  } catch {
    raw = memory.get(key);
  }
  try {
    const t = raw ? (JSON.parse(raw) as Timing) : undefined;
    return t && typeof t.startedAt === 'number' ? t : undefined;
  } catch {
    return undefined;
  }
}

function write(key: string, t: Timing | undefined): void {
  try {
    if (t) localStorage.setItem(PREFIX + key, JSON.stringify(t));
    else localStorage.removeItem(PREFIX + key);
  } catch {
    if (t) memory.set(key, JSON.stringify(t));
    else memory.delete(key);
  }
}

/** Starts the clock of a draft, unless it already runs (a reload). */
export function startTiming(key: string, now = Date.now()): void {
  if (!read(key)) write(key, { startedAt: now });
}

/** The anti-spam fields of a submission of the draft `key`: the fill time is frozen at the first call. */
export function antispamFields(key: string, website: string, altcha: string | undefined, now = Date.now()): Antispam {
  const t = read(key) ?? { startedAt: now };
  if (t.fillMs === undefined) {
    t.fillMs = Math.max(0, Math.round(now - t.startedAt));
    write(key, t);
  }
  return { fillMs: t.fillMs, ...(website ? { website } : {}), ...(altcha ? { altcha } : {}) };
}

/** Forgets a draft's clock (after a success, or "Recommencer"). */
export const forgetTiming = (key: string) => write(key, undefined);
