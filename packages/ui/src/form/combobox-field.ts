import type { TemplateResult } from 'lit';
import type { ComboboxController } from './combobox.js';
import type { FormController } from './form-controller.js';
import { formField, type BaseFieldOptions } from './fields.js';

/**
 * A labelled combobox field: the combobox's `id` must be `form.id(path)`, and its `onPick` sets the
 * value (`form.set(path, option.code)`), so that what is sent is the option picked, not the text typed.
 * Typing after a pick empties the value; leaving the field on a text that names exactly one option
 * picks it.
 */
export function comboboxField<T>(
  form: FormController<unknown>,
  path: string,
  combo: ComboboxController<T>,
  o: BaseFieldOptions & { listLabel: string },
): TemplateResult {
  return formField(form, path, o, (_, a) =>
    combo.render({
      ...a,
      listLabel: o.listLabel,
      required: o.required,
      onBlur: () => form.blur(path),
      onUnpick: () => form.get(path) !== '' && form.set(path, ''),
    }),
  );
}
