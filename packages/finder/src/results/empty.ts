// "No place": says so, with the ways out that give places (computed in ways-out.ts). Loaded the first
// time a search finds nothing: most searches find places.
import { html, nothing, type TemplateResult } from 'lit';
import type { FinderStrings } from '../translations/strings.js';
import { waysOut, type WayOut, type WaysOutInput } from './ways-out.js';

export function renderEmpty(t: FinderStrings, input: WaysOutInput, onWay: (way: WayOut) => void): TemplateResult {
  const ways = waysOut(input);
  const label = (w: WayOut) =>
    w.kind === 'widen'
      ? t.widenRadius(w.km)
      : w.kind === 'any-distance'
        ? t.anyDistance
        : w.kind === 'clear-filters'
          ? t.clearFilters
          : t.allPlaces;
  return html`<div class="empty" part="empty">
    <p>${t.noResult}</p>
    ${
      ways.length
        ? html`<p class="empty-actions">
            ${ways.map((w) => html`<button type="button" class="secondary" @click=${() => onWay(w)}>${label(w)}</button>`)}
          </p>`
        : nothing
    }
  </div>`;
}
