import { html, type TemplateResult } from 'lit';
import type { Webinar } from '@npt/contract';
import { formatNumber, type Locale } from '@npt/ui';
import { describeSessionTime } from '../session-time.js';
import type { WebinarStrings } from '../translations/strings.js';
import { joinsWaitingList } from './select.js';

export interface SessionContext {
  t: WebinarStrings;
  locale: Locale;
  visitorZone: string | undefined;
}

/** "12 places restantes", "Complet : liste d'attente ouverte", "Inscriptions closes…". */
function seatsText(w: Webinar, c: SessionContext): string {
  if (w.status === 'closed') return c.t.closed;
  if (joinsWaitingList(w)) return c.t.full;
  return c.t.seatsLeft(w.seatsLeft, formatNumber(w.seatsLeft, c.locale));
}

/** When, in words: the date, Paris time and the visitor's own when it differs, the duration. */
export function renderWhen(w: Webinar, c: SessionContext): TemplateResult {
  const time = describeSessionTime(w.startsAt, w.endsAt, c.locale, c.visitorZone);
  return html`<p class="when" part="when">
    <time datetime=${w.startsAt}>${time.date}, ${time.time}</time
    >${time.visitor ? html`<span class="visitor">, ${time.visitor}</span>` : ''}
    <span class="duration">${c.t.duration(time.duration)}</span>
  </p>`;
}

/** One session: title, description, when, seats, and its button (none once closed). */
function renderSession(w: Webinar, c: SessionContext, onRegister: (w: Webinar) => void): TemplateResult {
  const full = joinsWaitingList(w);
  return html`<li class="session" part="session" data-id=${w.id}>
    <h3 id="session-${w.id}">${w.title}</h3>
    ${renderWhen(w, c)}
    <p class="description">${w.description}</p>
    <p class="seats ${w.status}" part="seats">${seatsText(w, c)}</p>
    ${
      w.status === 'closed'
        ? ''
        : html`<button type="button" class=${full ? 'secondary' : ''} aria-describedby="session-${w.id}" @click=${() => onRegister(w)}>
            ${full ? c.t.registerWaiting : c.t.register}
          </button>`
    }
  </li>`;
}

/** The upcoming sessions, as a list a screen reader can count. */
export function renderSessions(sessions: readonly Webinar[], c: SessionContext, onRegister: (w: Webinar) => void): TemplateResult {
  return html`<ul class="sessions" part="sessions" aria-label=${c.t.sessionsLabel}>
    ${sessions.map((w) => renderSession(w, c, onRegister))}
  </ul>`;
}
