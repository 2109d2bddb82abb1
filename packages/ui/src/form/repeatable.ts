import { html, type TemplateResult } from 'lit';
import type { FormController } from './form-controller.js';

export interface RepeatableOptions {
  /** The legend of item `i` (0-based): "Structure 2". */
  legend: (index: number) => string;
  /** The fields of item `i`; their paths start with `${base}.` (`structures.1.`). */
  item: (index: number, base: string) => TemplateResult;
  /** The values of a new, empty item. */
  empty: () => unknown;
  addLabel: string;
  /** "Supprimer la structure 2": names the item, so the button makes sense out of context. */
  removeLabel: (index: number) => string;
  /** What the live region says after a removal: "Structure 2 supprimée". */
  removed: (index: number) => string;
  min?: number;
  max?: number;
}

/**
 * A list of groups the person adds and removes ("Ajouter une structure"). Each item is a fieldset
 * with its legend. After "add", focus goes to the new item's first field; after "remove", to the
 * previous item's legend (or the add button), and the live region says what went.
 */
export function repeatable(form: FormController<unknown>, path: string, o: RepeatableOptions): TemplateResult {
  const list = (form.get(path) as unknown[] | undefined) ?? [];
  const id = form.id(path);
  const min = o.min ?? 0;
  const add = () => {
    form.set(path, [...list, o.empty()]);
    form.focus.focusAfterRender(() =>
      form.host.shadowRoot?.querySelector<HTMLElement>(`#${id}-${list.length} :is(input, select, textarea)`),
    );
  };
  const remove = (i: number) => {
    form.removeItem(path, i);
    form.announcer.announce(o.removed(i));
    form.focus.focusAfterRender(i > 0 ? `#${id}-${i - 1}` : `#${id}-add`);
  };
  return html`<div class="repeatable" part="repeatable" id=${id}>
    ${list.map(
      (_, i) =>
        html`<fieldset class="item" id="${id}-${i}" tabindex="-1" part="repeatable-item">
          <legend>${o.legend(i)}</legend>
          ${o.item(i, `${path}.${i}`)}
          ${list.length > min ? html`<button type="button" class="secondary" @click=${() => remove(i)}>${o.removeLabel(i)}</button>` : ''}
        </fieldset>`,
    )}
    ${o.max === undefined || list.length < o.max ? html`<button type="button" class="secondary" id="${id}-add" @click=${add}>${o.addLabel}</button>` : ''}
  </div>`;
}
