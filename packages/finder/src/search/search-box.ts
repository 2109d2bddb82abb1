// The search form: a combobox (ARIA 1.2 pattern) offering communes (offline) and addresses (geocoder)
// as one types, a submit button, "around me" and the radius. Labels and ids stay in the finder's shadow root.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { GeocodedAddress } from './geocoder.js';
import { RADII } from './state.js';
import type { CommuneOption } from './suggestions.js';
import type { FinderStrings } from './translations/strings.js';

export type Suggestion = { kind: 'commune'; commune: CommuneOption } | { kind: 'address'; address: GeocodedAddress };

export interface SearchBoxView {
  t: FinderStrings;
  text: string;
  suggestions: Suggestion[];
  expanded: boolean;
  active: number;
  busy: boolean;
  locating: boolean;
  radiusKm: number | undefined;
  hasPoint: boolean;
  onInput: (value: string) => void;
  onKeyDown: (e: KeyboardEvent) => void;
  onSubmit: (e: Event) => void;
  onPick: (s: Suggestion) => void;
  onAroundMe: () => void;
  onRadius: (km: number | undefined) => void;
  onBlur: () => void;
}

export const suggestionLabel = (s: Suggestion, t: FinderStrings): string =>
  s.kind === 'commune' ? t.communeOption(s.commune.nom, s.commune.codesPostaux.slice(0, 3).join(', ') + (s.commune.codesPostaux.length > 3 ? '…' : '')) : s.address.label;

export function renderSearchBox(v: SearchBoxView): TemplateResult {
  const { t } = v;
  const communes = v.suggestions.filter((s) => s.kind === 'commune');
  const addresses = v.suggestions.filter((s) => s.kind === 'address');
  const open = v.expanded && v.suggestions.length > 0;
  const option = (s: Suggestion) => {
    const i = v.suggestions.indexOf(s);
    return html`<li
      id="suggestion-${i}"
      role="option"
      aria-selected=${i === v.active ? 'true' : 'false'}
      class=${i === v.active ? 'active' : ''}
      @mousedown=${(e: Event) => e.preventDefault()}
      @click=${() => v.onPick(s)}
    >
      ${suggestionLabel(s, t)}
    </li>`;
  };
  const group = (label: string, items: Suggestion[], id: string) =>
    items.length
      ? html`<li role="presentation" class="group" id=${id} aria-hidden="true">${label}</li>
          ${items.map(option)}`
      : nothing;
  return html`<form class="search" part="search" role="search" @submit=${v.onSubmit} novalidate>
    <div class="search-field">
      <label for="q" part="label">${t.searchLabel}</label>
      <p class="hint" id="q-hint">${t.searchHint}</p>
      <div class="search-row">
        <div class="combo">
          <input
            id="q"
            part="input"
            type="text"
            role="combobox"
            autocomplete="off"
            spellcheck="false"
            aria-autocomplete="list"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls="suggestions"
            aria-describedby="q-hint"
            aria-activedescendant=${ifDefined(open && v.active >= 0 ? `suggestion-${v.active}` : undefined)}
            .value=${v.text}
            @input=${(e: Event) => v.onInput((e.target as HTMLInputElement).value)}
            @keydown=${v.onKeyDown}
            @blur=${v.onBlur}
          />
          <ul id="suggestions" role="listbox" aria-label=${t.suggestionsLabel} part="suggestions" ?hidden=${!open}>
            ${group(t.suggestionsCommunes, communes, 'group-communes')} ${group(t.suggestionsAddresses, addresses, 'group-addresses')}
          </ul>
        </div>
        <button type="submit" class="primary" part="button" ?disabled=${v.busy}>${t.searchButton}</button>
      </div>
    </div>
    <div class="search-tools">
      <button type="button" class="secondary" part="button around-me" @click=${v.onAroundMe} ?disabled=${v.locating}>
        <span aria-hidden="true">⌖</span> ${v.locating ? t.locating : t.aroundMe}
      </button>
      <label class="radius">
        <span>${t.radiusLabel}</span>
        <select
          part="radius"
          ?disabled=${!v.hasPoint}
          @change=${(e: Event) => {
            const value = (e.target as HTMLSelectElement).value;
            v.onRadius(value === '' ? undefined : Number(value));
          }}
        >
          ${RADII.map((km) => html`<option value=${km} ?selected=${v.radiusKm === km}>${t.km(km)}</option>`)}
          <option value="" ?selected=${v.radiusKm === undefined}>${t.radiusAny}</option>
        </select>
      </label>
    </div>
  </form>`;
}
