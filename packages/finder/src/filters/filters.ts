// The filters: one group of checkboxes per enumeration of the standard, with the number of places each
// option would give, plus "open now" and "open on Saturday", and "clear all". Options that would give no
// place are not offered. Collapsed by default on every width, so the list is a few Tab presses away.
// A webmaster may hide groups (their preset then applies silently).
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { FILTER_FIELDS, type FacetCounts } from '@npt/contract';
import { optionLabel } from '../labels.js';
import type { FinderState } from '../state.js';
import type { FinderStrings } from '../translations/strings.js';
import { activeFilterCount, clearedFilters, offeredOptions, toggledFilter } from './filter-state.js';

export interface FiltersView {
  t: FinderStrings;
  state: FinderState;
  counts: FacetCounts | undefined;
  hidden: ReadonlySet<string>;
  /** The webmaster's presets (what "clear" keeps in hidden groups). */
  preset: string;
  open: boolean;
  onChange: (change: Partial<FinderState>) => void;
  onOpenChange: (open: boolean) => void;
}

export function renderFilters(v: FiltersView): TemplateResult {
  const { t, state, counts } = v;
  const active = activeFilterCount(state, v.hidden);
  const checkbox = (id: string, label: string, count: number | undefined, checked: boolean, onChange: (on: boolean) => void) =>
    html`<div class="check">
      <input type="checkbox" id=${id} .checked=${checked} @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)} />
      <label for=${id}>${label} <span class="count">(${t.number(count ?? 0)})</span></label>
    </div>`;
  const hour = (which: 'openNow' | 'openSaturday', group: string, id: string, label: string) =>
    v.hidden.has(group) || (!counts?.[which] && !state[which])
      ? nothing
      : checkbox(id, label, counts?.[which], state[which], (on) => v.onChange({ [which]: on }));
  const hours = [
    hour('openNow', 'open-now', 'f-open-now', t.openNow),
    hour('openSaturday', 'open-saturday', 'f-open-saturday', t.openSaturday),
  ];
  const groups = FILTER_FIELDS.filter((f) => !v.hidden.has(f)).map((field) => {
    const options = offeredOptions(field, counts, state.filters[field]);
    const hint = t.fieldHints[field];
    return options.length
      ? html`<fieldset aria-describedby=${ifDefined(hint ? `f-${field}-hint` : undefined)}>
          <legend>${t.fieldLabels[field]}</legend>
          ${hint ? html`<p class="hint" id="f-${field}-hint">${hint}</p>` : nothing}
          ${options.map(({ value, rank, count }) =>
            checkbox(`f-${field}-${rank}`, optionLabel(value, t), count, !!state.filters[field]?.includes(value), (on) =>
              v.onChange({ filters: toggledFilter(state, field, value, on) }),
            ),
          )}
        </fieldset>`
      : nothing;
  });
  return html`<details
    class="filters"
    part="filters"
    ?open=${v.open}
    @toggle=${(e: Event) => v.onOpenChange((e.target as HTMLDetailsElement).open)}
  >
    <summary part="filters-toggle">${t.filtersShow(active)}</summary>
    <div class="filters-body">
      ${
        hours.some((h) => h !== nothing)
          ? html`<fieldset>
              <legend>${t.hoursFilters}</legend>
              ${hours}
            </fieldset>`
          : nothing
      }
      ${groups}
      <button
        type="button"
        class="secondary"
        part="button clear-filters"
        aria-disabled=${ifDefined(active === 0 ? 'true' : undefined)}
        @click=${() => active > 0 && v.onChange(clearedFilters(state, v.preset, v.hidden))}
      >
        ${t.clearFilters}
      </button>
    </div>
  </details>`;
}
