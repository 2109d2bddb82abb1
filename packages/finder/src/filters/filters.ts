// The filters: one group of checkboxes per enumeration of the standard, with the number of places each
// option would give, plus "open now" and "open on Saturday", and "clear all". A webmaster may hide
// groups (their preset then applies silently).
import { html, nothing, type TemplateResult } from 'lit';
import { FILTER_FIELDS, PLACE_ENUMS, type FacetCounts, type FilterField } from '@npt/contract';
import { optionLabel } from './labels.js';
import type { FinderState } from './state.js';
import type { FinderStrings } from './translations/strings.js';

export interface FiltersView {
  t: FinderStrings;
  locale: 'fr' | 'en';
  state: FinderState;
  counts: FacetCounts | undefined;
  hidden: ReadonlySet<string>;
  open: boolean;
  onToggle: (field: FilterField, value: string, on: boolean) => void;
  onHours: (which: 'openNow' | 'openSaturday', on: boolean) => void;
  onClear: () => void;
  onOpenChange: (open: boolean) => void;
}

/** How many filters the person chose (hidden, preset ones excluded). */
export function activeFilterCount(state: FinderState, hidden: ReadonlySet<string>): number {
  let n = (state.openNow && !hidden.has('open-now') ? 1 : 0) + (state.openSaturday && !hidden.has('open-saturday') ? 1 : 0);
  for (const f of FILTER_FIELDS) if (!hidden.has(f)) n += state.filters[f]?.length ?? 0;
  return n;
}

export function renderFilters(v: FiltersView): TemplateResult {
  const { t, state, counts } = v;
  const active = activeFilterCount(state, v.hidden);
  const checkbox = (id: string, label: string, count: number | undefined, checked: boolean, onChange: (on: boolean) => void) =>
    html`<div class="check">
      <input type="checkbox" id=${id} .checked=${checked} @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)} />
      <label for=${id}>${label} <span class="count">(${count ?? 0})</span></label>
    </div>`;
  const showHours = !v.hidden.has('open-now') || !v.hidden.has('open-saturday');
  return html`<details class="filters" part="filters" ?open=${v.open} @toggle=${(e: Event) => v.onOpenChange((e.target as HTMLDetailsElement).open)}>
    <summary part="filters-toggle">${t.filtersShow(active)}</summary>
    <div class="filters-body">
      ${showHours
        ? html`<fieldset>
            <legend>${t.hoursFilters}</legend>
            ${v.hidden.has('open-now') ? nothing : checkbox('f-open-now', t.openNow, counts?.openNow, state.openNow, (on) => v.onHours('openNow', on))}
            ${v.hidden.has('open-saturday')
              ? nothing
              : checkbox('f-open-saturday', t.openSaturday, counts?.openSaturday, state.openSaturday, (on) => v.onHours('openSaturday', on))}
          </fieldset>`
        : nothing}
      ${FILTER_FIELDS.filter((f) => !v.hidden.has(f)).map(
        (field) => html`<fieldset>
          <legend>${t.fieldLabels[field]}</legend>
          ${PLACE_ENUMS[field].map((value, i) =>
            checkbox(`f-${field}-${i}`, optionLabel(value, v.t), counts?.[field][value], !!state.filters[field]?.includes(value), (on) =>
              v.onToggle(field, value, on),
            ),
          )}
        </fieldset>`,
      )}
      <button type="button" class="secondary" part="button clear-filters" @click=${v.onClear} ?disabled=${active === 0}>${t.clearFilters}</button>
    </div>
  </details>`;
}
