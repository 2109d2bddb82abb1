// The search form: @npt/ui's combobox (ARIA 1.2 pattern) offering communes (offline) and addresses
// (geocoder) as one types, a submit button, "around me" and the radius. Labels and ids stay in the
// finder's shadow root.
// Busy buttons are aria-disabled, never disabled: a disabled button drops the focus to the page's top.
import { html, svg, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { GeocodedAddress } from './geocoder.js';
import { RADII, type FinderState } from '../state.js';
import type { CommuneOption } from './suggestions.js';
import type { FinderStrings } from '../translations/strings.js';
import type { SearchController } from './search-controller.js';

export type Suggestion = { kind: 'commune'; commune: CommuneOption } | { kind: 'address'; address: GeocodedAddress };

export interface SearchBoxView {
  t: FinderStrings;
  search: SearchController;
  locating: boolean;
  state: FinderState;
  onAroundMe: () => void;
  onRadius: (km: number | undefined) => void;
}

export const suggestionLabel = (s: Suggestion, t: FinderStrings): string =>
  s.kind === 'commune'
    ? t.communeOption(s.commune.nom, s.commune.codesPostaux.slice(0, 3).join(', ') + (s.commune.codesPostaux.length > 3 ? '…' : ''))
    : s.address.label;

/** A location target drawn inline: the "⌖" character shows as an empty box where no font has it. */
const locationIcon = svg`<svg class="icon" viewBox="0 0 24 24" width="1.1em" height="1.1em" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="7" fill="none" stroke="currentColor" stroke-width="2"/><circle cx="12" cy="12" r="2.5" fill="currentColor"/><path d="M12 1v4M12 19v4M1 12h4M19 12h4" stroke="currentColor" stroke-width="2"/></svg>`;

export function renderSearchBox(v: SearchBoxView): TemplateResult {
  const { t, search: c } = v;
  return html`<form
    class="search"
    part="search"
    role="search"
    novalidate
    @submit=${(e: Event) => {
      e.preventDefault();
      void c.submit();
    }}
  >
    <div class="search-field">
      <label for="q" part="label">${t.searchLabel}</label>
      <p class="hint" id="q-hint">${t.searchHint}</p>
      <div class="search-row">
        ${c.combo.render({ describedBy: 'q-hint', listLabel: t.suggestionsLabel })}
        <button type="submit" class="primary" part="button" aria-disabled=${ifDefined(c.geocoding ? 'true' : undefined)}>
          ${t.searchButton}
        </button>
      </div>
    </div>
    <div class="search-tools">
      <button
        type="button"
        class="secondary"
        part="button around-me"
        @click=${v.onAroundMe}
        aria-disabled=${ifDefined(v.locating ? 'true' : undefined)}
      >
        ${locationIcon} ${v.locating ? t.locating : t.aroundMe}
      </button>
      <label class="radius">
        <span>${t.radiusLabel}</span>
        <select
          part="radius"
          ?disabled=${!v.state.point}
          @change=${(e: Event) => {
            const value = (e.target as HTMLSelectElement).value;
            v.onRadius(value === '' ? undefined : Number(value));
          }}
        >
          ${RADII.map((km) => html`<option value=${km} ?selected=${v.state.radiusKm === km}>${t.km(km)}</option>`)}
          <option value="" ?selected=${v.state.radiusKm === undefined}>${t.radiusAny}</option>
        </select>
      </label>
    </div>
  </form>`;
}
