import { html, nothing, type TemplateResult } from 'lit';
import type { Booked } from '../form/registration-form.js';
import { renderWhen, type SessionContext } from '../sessions/sessions-list.js';
import { ordinal } from '../session-time.js';

export interface ConfirmationLinks {
  calendarUrl: string;
  manageUrl: string;
  /** "Register for another session", when there is one. */
  onAnother?: () => void;
}

/** What was booked, the calendar file, the managing link; the heading takes focus (see the element). */
export function renderConfirmation(b: Booked, c: SessionContext, links: ConfirmationLinks): TemplateResult {
  const t = c.t;
  const { registration: r, webinar } = b;
  const waiting = r.status === 'waiting';
  return html`<section class="confirmation ${r.status}" part="confirmation" aria-labelledby="done-title">
    <h3 id="done-title" tabindex="-1">${waiting ? t.waitingTitle : t.registeredTitle}</h3>
    <p class="booked"><strong>${webinar.title}</strong></p>
    ${renderWhen(webinar, c)}
    ${
      waiting
        ? html`<p class="position" part="position">
            <strong>${r.position ? t.position(ordinal(r.position, c.locale)) : ''}</strong> ${t.waitingText}
          </p>`
        : html`<p>${t.registeredText}</p>`
    }
    <p>${t.emailSent(b.email)}</p>
    <p class="links">
      <a class="button" part="calendar" href=${links.calendarUrl} download>${t.addToCalendar}</a>
      <a class="button secondary" part="manage-link" href=${links.manageUrl} aria-describedby="manage-hint">${t.manageLink}</a>
    </p>
    <p class="hint" id="manage-hint">${t.manageHint}</p>
    ${links.onAnother ? html`<p><button type="button" class="secondary" @click=${links.onAnother}>${t.another}</button></p>` : nothing}
  </section>`;
}
