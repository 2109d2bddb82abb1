// The results list: the accessible alternative to the map, usable on its own. Each place: its name (a
// real link to its sheet, shareable), distance, address, open or closed now with today's hours, services.
import { html, nothing, type TemplateResult } from 'lit';
import type { PlaceIndex, SearchResult } from '@npt/contract';
import { formatDistance } from '@npt/ui';
import { hoursStatus } from '../hours.js';
import { optionLabel } from '../labels.js';
import { oneLineAddress } from '../links.js';
import type { FinderStrings } from '../translations/strings.js';

export interface ResultsView {
  t: FinderStrings;
  locale: 'fr' | 'en';
  index: PlaceIndex;
  result: SearchResult;
  shown: number;
  pageSize: number;
  now: Date;
  heading: string;
  hasPoint: boolean;
  selectedId: string | undefined;
  linkTo: (id: string) => string;
  onSelect: (id: string, e: Event) => void;
  onMore: () => void;
}

export function renderResults(v: ResultsView): TemplateResult {
  const { t, index, result } = v;
  const total = result.order.length;
  const shown = Math.min(v.shown, total);
  const items: TemplateResult[] = [];
  for (let k = 0; k < shown; k++) {
    const i = result.order[k]!;
    const place = index.places[i]!;
    const oh = index.hours[i];
    const d = result.distances[i]!;
    const status = oh ? hoursStatus(oh, v.now, t) : undefined;
    items.push(html`<li class="result ${place.id === v.selectedId ? 'selected' : ''}" part="result" data-id=${place.id}>
      <h4 class="result-name">
        <a href=${v.linkTo(place.id)} @click=${(e: Event) => v.onSelect(place.id, e)}>${place.nom}</a>
      </h4>
      ${v.hasPoint ? html`<p class="distance">${d === d ? t.distance(formatDistance(d * 1000, v.locale)) : t.noCoordinates}</p>` : nothing}
      <p class="address">${oneLineAddress(place)}</p>
      <p class="hours">
        ${status
          ? html`<span class="status ${status.open ? 'open' : 'closed'}" part="status">${status.text}</span>${status.open || status.today !== t.closed
                ? html` · <span class="today">${t.today} ${status.today}</span>`
                : nothing}`
          : place.horaires
            ? html`${t.hoursUnreadable} : ${place.horaires}`
            : html`<span class="muted">${t.hoursUnknown}</span>`}
      </p>
      ${place.services.length
        ? html`<ul class="tags" aria-label=${t.sheetServices}>
            ${place.services.map((s) => html`<li>${optionLabel(s, v.t)}</li>`)}
          </ul>`
        : nothing}
    </li>`);
  }
  const rest = Math.min(v.pageSize, total - shown);
  return html`<div class="results" part="results">
    <h3 class="results-heading" id="results-heading" tabindex="-1">${v.heading}</h3>
    ${total
      ? html`<ol class="list" part="list" aria-labelledby="results-heading">
            ${items}
          </ol>
          ${rest > 0
            ? html`<p class="more">
                <span class="muted">${t.shownOf(shown, total)}</span>
                <button type="button" class="secondary" part="button show-more" @click=${v.onMore}>${t.showMore(rest)}</button>
              </p>`
            : nothing}`
      : nothing}
  </div>`;
}

/** Placeholder rows while the places load (hidden from assistive technologies: the live region speaks). */
export function renderSkeleton(): TemplateResult {
  return html`<div class="results" part="results" aria-hidden="true">
    <div class="skeleton heading"></div>
    ${[0, 1, 2].map(() => html`<div class="skeleton row"><div></div><div></div><div></div></div>`)}
  </div>`;
}
