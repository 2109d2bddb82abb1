// The place sheet: everything the record holds, for a resident: address and directions, hours per day
// with today highlighted, contact (tel:, mailto:), website, booking, services, publics, accessibility,
// last update; "copy link"; and in prescriber mode, the orientation sheet's note and print button.
import { html, nothing, type TemplateResult } from 'lit';
import { formatPhone, weekdayIndex, type OpeningHours, type Place } from '@npt/contract';
import { formatDistance } from '@npt/ui';
import { hoursStatus, weekRows } from '../hours.js';
import { optionLabel } from '../labels.js';
import { directionsUrl, oneLineAddress } from '../links.js';
import type { FinderStrings } from '../translations/strings.js';

export interface SheetView {
  t: FinderStrings;
  locale: 'fr' | 'en';
  place: Place;
  hours: OpeningHours | null;
  distanceKm: number;
  now: Date;
  prescriber: boolean;
  note: string;
  copyMessage: string;
  onBack: () => void;
  onCopy: () => void;
  onNote: (text: string) => void;
  onPrint: () => void;
}

const external = (href: string, label: string, t: FinderStrings) =>
  html`<a href=${href} target="_blank" rel="noopener noreferrer">${label} <span class="visually-hidden">${t.opensInNewWindow}</span></a>`;

export function renderPlaceSheet(v: SheetView): TemplateResult {
  const { t, place, locale } = v;
  const list = (title: string, values: readonly string[]) =>
    values.length
      ? html`<div class="sheet-block">
          <h4>${title}</h4>
          <ul class="tags">
            ${values.map((s) => html`<li>${optionLabel(s, t)}</li>`)}
          </ul>
        </div>`
      : nothing;
  const status = v.hours ? hoursStatus(v.hours, v.now, t) : undefined;
  const today = weekdayIndex(v.now);
  const directions = directionsUrl(place);
  const date = place.date_maj && new Date(place.date_maj + 'T12:00:00');
  return html`<article class="sheet" part="sheet" aria-labelledby="sheet-title">
    <button type="button" class="link back" part="button back" @click=${v.onBack}><span aria-hidden="true">←</span> ${t.sheetBack}</button>
    <h3 id="sheet-title" tabindex="-1">${place.nom}</h3>
    ${place.typologie.length ? html`<p class="muted">${place.typologie.join(', ')}</p>` : nothing}
    ${place.presentation_resume ? html`<p>${place.presentation_resume}</p>` : nothing}
    <div class="sheet-block">
      <h4>${t.sheetAddress}</h4>
      <p>
        ${oneLineAddress(place)}${place.complement_adresse ? html`<br />${place.complement_adresse}` : nothing}
        ${v.distanceKm === v.distanceKm ? html`<br /><span class="muted">${t.distance(formatDistance(v.distanceKm * 1000, locale))}</span>` : nothing}
      </p>
      ${place.itinerance.includes('Itinérant') ? html`<p>${t.sheetRoaming}</p>` : nothing}
      ${directions ? html`<p>${external(directions, t.sheetDirections, t)}</p>` : nothing}
    </div>
    <div class="sheet-block">
      <h4>${t.sheetHours}</h4>
      ${
        status && v.hours
          ? html`<p><span class="status ${status.open ? 'open' : 'closed'}">${status.text}</span></p>
              <table class="week">
                <caption class="visually-hidden">
                  ${t.sheetHours}
                </caption>
                <tbody>
                  ${weekRows(v.hours, t).map(
                    (r, i) =>
                      html`<tr class=${i === today ? 'today' : ''} aria-current=${i === today ? 'date' : 'false'}>
                        <th scope="row">${r.day}${i === today ? html` <span class="badge">(${t.today})</span>` : nothing}</th>
                        <td>${r.hours}${r.comment ? html` <span class="muted">(${r.comment})</span>` : nothing}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>`
          : html`<p>${place.horaires ? html`${t.hoursUnreadable} : ${place.horaires}` : t.hoursUnknown}</p>`
      }
    </div>
    ${
      place.telephone || place.courriels.length || place.site_web.length || place.prise_rdv
        ? html`<div class="sheet-block">
            <h4>${t.sheetContact}</h4>
            <ul class="plain">
              ${place.telephone ? html`<li>${t.sheetPhone} : <a href="tel:${place.telephone}">${formatPhone(place.telephone)}</a></li>` : nothing}
              ${place.courriels.map((c) => html`<li>${t.sheetEmail} : <a href="mailto:${c}">${c}</a></li>`)}
              ${place.site_web.map((u) => html`<li>${external(u, `${t.sheetWebsite} : ${u.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')}`, t)}</li>`)}
              ${place.prise_rdv ? html`<li>${external(place.prise_rdv, t.sheetBooking, t)}</li>` : nothing}
            </ul>
          </div>`
        : nothing
    }
    ${list(t.sheetServices, place.services)} ${list(t.sheetPublics, place.publics_specifiquement_adresses)}
    ${list(t.sheetAccessibility, place.prise_en_charge_specifique)} ${list(t.sheetAccess, place.modalites_acces)}
    ${list(t.sheetSupport, place.modalites_accompagnement)} ${list(t.sheetFees, place.frais_a_charge)}
    ${list(t.sheetPrograms, place.dispositif_programmes_nationaux)}
    ${list(t.sheetLabels, [...place.formations_labels, ...place.autres_formations_labels])}
    ${place.fiche_acces_libre ? html`<p>${external(place.fiche_acces_libre, t.sheetAccessibilityLink, t)}</p>` : nothing}
    ${place.presentation_detail ? html`<p class="detail">${place.presentation_detail}</p>` : nothing}
    <p class="muted small">
      ${
        date && !Number.isNaN(date.getTime())
          ? html`${t.sheetUpdated(new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'long' }).format(date))}<br />`
          : nothing
      }
      ${place.source ? t.sheetSource(t.sourceNames[place.source] ?? place.source.replace(/-/g, ' ')) : nothing}
    </p>
    <p class="sheet-actions">
      <button type="button" class="secondary" part="button copy-link" @click=${v.onCopy}>${t.sheetCopyLink}</button>
      <span role="status" class="copy-message">${v.copyMessage}</span>
    </p>
    ${
      v.prescriber
        ? html`<div class="prescriber" part="prescriber">
            <h4>${t.prescriberTitle}</h4>
            <label for="note">${t.prescriberNote}</label>
            <p class="hint" id="note-hint">${t.prescriberNoteHint}</p>
            <textarea
              id="note"
              rows="4"
              aria-describedby="note-hint"
              .value=${v.note}
              @input=${(e: Event) => v.onNote((e.target as HTMLTextAreaElement).value)}
            ></textarea>
            <button type="button" class="primary" part="button print" @click=${v.onPrint}>${t.prescriberPrint}</button>
          </div>`
        : nothing
    }
  </article>`;
}
