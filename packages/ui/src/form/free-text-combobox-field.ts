import { html, type TemplateResult } from 'lit';
import type { ComboboxController } from './combobox.js';
import type { FormController } from './form-controller.js';
import { formField, type BaseFieldOptions } from './fields.js';

/**
 * A labelled combobox whose value is the text itself: options are suggestions ("Montreuil" from the
 * communes), and anything else typed is kept as typed ("CCAS de Bellerive"). The combobox's `id` must be
 * `form.id(path)` and its `onPick` should set `path` to the option's text (and any code beside it);
 * `onFreeText` runs when the text stops being a picked option, to clear such a code.
 */
export function freeTextComboboxField<T>(
  form: FormController<unknown>,
  path: string,
  combo: ComboboxController<T>,
  o: BaseFieldOptions & { listLabel: string; onFreeText?: () => void },
): TemplateResult {
  // A restored draft or a reset: the box shows the value.
  const value = (form.get(path) as string | undefined) ?? '';
  if (combo.text !== value && !combo.expanded) combo.text = value;
  // Every keystroke is the value (the input's own handler has run when the event reaches the wrapper),
  // whatever the combobox remembers of an earlier pick: after a reset, the same text typed again counts.
  return formField(
    form,
    path,
    o,
    (_id, a) =>
      html`<div
        class="combo-free"
        @input=${() => {
          form.set(path, combo.text);
          o.onFreeText?.();
        }}
      >
        ${combo.render({ ...a, listLabel: o.listLabel, required: o.required, onBlur: () => form.blur(path) })}
      </div>`,
  );
}
