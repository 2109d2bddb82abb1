// The results list: the accessible alternative to the map, usable on its own. Each place: its name (a
// real link to its sheet, shareable), distance, address, open or closed now with today's hours, services.
import { html, nothing, type TemplateResult } from 'lit';
import type { PlaceIndex, SearchResult } from '@npt/contract';
import { formatDistance, withUrlParams } from '@npt/ui';
import { hoursStatus } from '../hours.js';
import { optionLabel } from '../labels.js';
import { oneLineAddress } from '../links.js';
import { encodeState, type FinderState } from '../state.js';
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
  state: FinderState;
  /** The finder's URL prefix: each place's link is the page's URL with its sheet open (shareable). */
  urlPrefix: string;
  /** The empty state, with its ways out (its code loads when a search first finds nothing). */
  empty: () => TemplateResult | typeof nothing;
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
    items.push(
      html`<li class="result ${place.id === v.state.selected ? 'selected' : ''}" part="result" data-id=${place.id}>
        <h4 class="result-name">
          <a
            href=${withUrlParams(v.urlPrefix, encodeState({ ...v.state, selected: place.id }))}
            @click=${(e: Event) => v.onSelect(place.id, e)}
            >${place.nom}</a
          >
        </h4>
        ${v.state.point ? html`<p class="distance">${d === d ? t.distance(formatDistance(d * 1000, v.locale)) : t.noCoordinates}</p>` : nothing}
        <p class="address">${oneLineAddress(place)}</p>
        <p class="hours">
          ${
            status
              ? html`<span class="status ${status.open ? 'open' : 'closed'}" part="status">${status.text}</span>${
                    status.open || status.today !== t.closed ? html` · <span class="today">${t.today} ${status.today}</span>` : nothing
                  }`
              : place.horaires
                ? html`${t.hoursUnreadable} : ${place.horaires}`
                : html`<span class="muted">${t.hoursUnknown}</span>`
          }
        </p>
        ${
          place.services.length
            ? html`<ul class="tags" aria-label=${t.sheetServices}>
                ${place.services.map((s) => html`<li>${optionLabel(s, v.t)}</li>`)}
              </ul>`
            : nothing
        }
      </li>`,
    );
  }
  const rest = Math.min(v.pageSize, total - shown);
  return html`<div class="results" part="results">
    <h3 class="results-heading" id="results-heading" tabindex="-1">${v.heading}</h3>
    ${
      total
        ? html`<ol class="list" part="list" aria-labelledby="results-heading">
              ${items}
            </ol>
            ${
              rest > 0
                ? html`<p class="more">
                    <span class="muted">${t.shownOf(shown, total)}</span>
                    <button type="button" class="secondary" part="button show-more" @click=${v.onMore}>${t.showMore(rest)}</button>
                  </p>`
                : nothing
            }`
        : v.empty()
    }
  </div>`;
}

/** The source is down: said at once (role="alert"), with a retry. */
export function renderLoadError(t: FinderStrings, onRetry: () => void): TemplateResult {
  return html`<div class="load-error" part="error" role="alert">
    <p>${t.loadFailed}</p>
    <button type="button" class="primary" part="button retry" @click=${onRetry}>${t.retry}</button>
  </div>`;
}

/** Placeholder rows while the places load (hidden from assistive technologies: the live region speaks). */
export function renderSkeleton(): TemplateResult {
  return html`<div class="results" part="results" aria-hidden="true">
    <div class="skeleton heading"></div>
    ${[0, 1, 2].map(
      () =>
        html`<div class="skeleton row">
          <div></div>
          <div></div>
          <div></div>
        </div>`,
    )}
  </div>`;
}
