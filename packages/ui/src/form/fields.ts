import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { formatNumber } from '../format.js';
import type { FormController } from './form-controller.js';
import { describedBy, renderError, renderField, renderHint, renderRequired, type FieldOptions } from './field.js';
import type { FieldIssue } from './messages.js';

/** What every renderer takes: the field's path in the values, its label and hint. */
export interface BaseFieldOptions {
  label: string;
  hint?: string | TemplateResult;
  required?: boolean;
  /** A message of the field's own for an issue (overrides the foundation's wording). */
  message?: (issue: FieldIssue) => string | undefined;
}

/**
 * A single `autocomplete` token (HTML autofill field names a contact or sign-up form needs): typed
 * rather than `string` so a typo is a compile error and the binding matches the attribute's value set.
 */
export type AutocompleteToken =
  | 'on'
  | 'off'
  | 'name'
  | 'honorific-prefix'
  | 'given-name'
  | 'additional-name'
  | 'family-name'
  | 'honorific-suffix'
  | 'nickname'
  | 'email'
  | 'username'
  | 'organization'
  | 'organization-title'
  | 'street-address'
  | 'address-line1'
  | 'address-line2'
  | 'address-line3'
  | 'address-level1'
  | 'address-level2'
  | 'postal-code'
  | 'country'
  | 'country-name'
  | 'tel'
  | 'tel-national'
  | 'url'
  | 'bday'
  | 'language';

export interface TextFieldOptions extends BaseFieldOptions {
  type?: 'text' | 'email' | 'tel' | 'url';
  /** `autocomplete` token: `name`, `email`, `tel`, `organization`, `organization-title`… */
  autocomplete?: AutocompleteToken;
  inputmode?: 'text' | 'email' | 'tel' | 'numeric' | 'decimal' | 'url';
  spellcheck?: boolean;
}

const text = (form: FormController<unknown>, path: string) => {
  const v = form.get(path);
  return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
};

/** The common part: registration, error, describedby. */
function base(form: FormController<unknown>, path: string, o: BaseFieldOptions & { type?: string }) {
  const id = form.field(path, { label: o.label, type: o.type, message: o.message });
  return { id, error: form.error(path), mark: form.messages.requiredMark };
}

type Control = (id: string, a: { describedBy: string | undefined; invalid: 'true' | undefined }) => TemplateResult;

/**
 * Registers a field with the form and renders it labelled, with its hint, inline error and required
 * mark; `control` draws the native control (or a combobox) with the ids it is described by.
 */
export function formField(
  form: FormController<unknown>,
  path: string,
  o: BaseFieldOptions & { type?: string },
  control: Control,
  extra?: (id: string) => Pick<FieldOptions, 'describedBy' | 'after'>,
): TemplateResult {
  const { id, error, mark } = base(form, path, o);
  return renderField({
    id,
    label: o.label,
    hint: o.hint,
    error,
    required: o.required,
    requiredMark: mark,
    ...extra?.(id),
    control: (a) => control(id, a),
  });
}

/** A text, e-mail, tel or url input: the value is the string typed. */
export function textField(form: FormController<unknown>, path: string, o: TextFieldOptions): TemplateResult {
  const type = o.type ?? 'text';
  return formField(
    form,
    path,
    { ...o, type },
    (id, a) =>
      html`<input
        id=${id}
        name=${path}
        type=${type}
        autocomplete=${o.autocomplete ?? (type === 'email' ? 'email' : type === 'tel' ? 'tel' : 'off')}
        inputmode=${ifDefined(o.inputmode)}
        spellcheck=${o.spellcheck === false || type !== 'text' ? 'false' : nothing}
        aria-required=${o.required ? 'true' : nothing}
        aria-describedby=${a.describedBy ?? nothing}
        aria-invalid=${a.invalid ?? nothing}
        .value=${live(text(form, path))}
        @input=${(e: Event) => form.set(path, (e.target as HTMLInputElement).value)}
        @change=${() => form.blur(path)}
        @blur=${() => form.blur(path)}
      />`,
  );
}

/**
 * A whole number typed the French way ("8 000", "8.000", no-break spaces): the value stays the text
 * typed (so nothing is lost or reformatted under the cursor); declare the path in the form's `numbers`
 * so it is read before the schema.
 */
export function numberField(
  form: FormController<unknown>,
  path: string,
  o: BaseFieldOptions & { autocomplete?: AutocompleteToken },
): TemplateResult {
  return textField(form, path, { ...o, inputmode: 'numeric', spellcheck: false, autocomplete: o.autocomplete ?? 'off' });
}

/** A textarea with a count of characters against `maxLength` (typing beyond is allowed, then flagged). */
export function textareaField(
  form: FormController<unknown>,
  path: string,
  o: BaseFieldOptions & { maxLength?: number; rows?: number },
): TemplateResult {
  const value = text(form, path);
  const max = o.maxLength;
  return formField(
    form,
    path,
    o,
    (id, a) =>
      html`<textarea
        id=${id}
        name=${path}
        rows=${o.rows ?? 5}
        aria-required=${o.required ? 'true' : nothing}
        aria-describedby=${a.describedBy ?? nothing}
        aria-invalid=${a.invalid ?? nothing}
        .value=${live(value)}
        @input=${(e: Event) => form.set(path, (e.target as HTMLTextAreaElement).value)}
        @blur=${() => form.blur(path)}
      ></textarea>`,
    (id) =>
      max
        ? {
            describedBy: `${id}-count`,
            after: html`<p class="count ${value.length > max ? 'count--over' : ''}" id="${id}-count" part="count">
              ${form.messages.characters(formatNumber(value.length, form.locale), formatNumber(max, form.locale))}
            </p>`,
          }
        : {},
  );
}

export interface Choice {
  value: string;
  label: string;
  hint?: string;
}

/** A native select; `placeholder` is the empty first option ("Choisissez…"). */
export function selectField(
  form: FormController<unknown>,
  path: string,
  o: BaseFieldOptions & { options: readonly Choice[]; placeholder?: string; autocomplete?: AutocompleteToken },
): TemplateResult {
  const value = text(form, path);
  return formField(
    form,
    path,
    o,
    (id, a) =>
      html`<select
        id=${id}
        name=${path}
        autocomplete=${o.autocomplete ?? 'off'}
        aria-required=${o.required ? 'true' : nothing}
        aria-describedby=${a.describedBy ?? nothing}
        aria-invalid=${a.invalid ?? nothing}
        @change=${(e: Event) => {
          form.set(path, (e.target as HTMLSelectElement).value);
          form.blur(path);
        }}
      >
        <option value="" ?selected=${value === ''}>${o.placeholder ?? ''}</option>
        ${o.options.map((c) => html`<option value=${c.value} ?selected=${c.value === value}>${c.label}</option>`)}
      </select>`,
  );
}

/** One checkbox (a consent, "the same as the contact"): the value is a boolean. */
export function checkboxField(form: FormController<unknown>, path: string, o: BaseFieldOptions): TemplateResult {
  const { id, error, mark } = base(form, path, o);
  return html`<div class="field field--check ${error ? 'field--error' : ''}" part="field">
    ${renderError(id, error)}
    <div class="check">
      <input
        id=${id}
        name=${path}
        type="checkbox"
        aria-required=${o.required ? 'true' : nothing}
        aria-describedby=${describedBy(id, o.hint, error) ?? nothing}
        aria-invalid=${error ? 'true' : nothing}
        .checked=${live(form.get(path) === true)}
        @change=${(e: Event) => {
          form.set(path, (e.target as HTMLInputElement).checked);
          form.blur(path);
        }}
      />
      <label for=${id} part="label">${o.label}${renderRequired(o.required, mark)}</label>
    </div>
    ${renderHint(id, o.hint)}
  </div>`;
}

/**
 * Checkboxes (value: the array of ticked values) or radio buttons (value: the chosen one) in a
 * `fieldset` whose `legend` is the question. The first control carries the group's id, so the error
 * summary's link lands on it.
 */
export function choiceGroup(
  form: FormController<unknown>,
  path: string,
  o: BaseFieldOptions & { type: 'checkbox' | 'radio'; options: readonly Choice[]; inline?: boolean },
): TemplateResult {
  const { id, error, mark } = base(form, path, o);
  const current = form.get(path);
  const ticked = (v: string) => (Array.isArray(current) ? current.includes(v) : current === v);
  const onChange = (value: string, checked: boolean) => {
    if (o.type === 'radio') return form.set(path, value);
    const list = Array.isArray(current) ? (current as unknown[]).filter((v) => v !== value) : [];
    form.set(path, checked ? [...list, value] : list);
  };
  return html`<fieldset
    class="field group ${error ? 'field--error' : ''} ${o.inline ? 'group--inline' : ''}"
    part="field group"
    aria-describedby=${describedBy(id, o.hint, error) ?? nothing}
    @focusout=${(e: FocusEvent) => {
      if (!(e.currentTarget as Element).contains(e.relatedTarget as Node | null)) form.blur(path);
    }}
  >
    <legend part="label">${o.label}${renderRequired(o.required, mark)}</legend>
    ${renderHint(id, o.hint)} ${renderError(id, error)}
    ${o.options.map((c, i) => {
      const cid = i === 0 ? id : `${id}-${i}`;
      return html`<div class="check">
        <input
          id=${cid}
          name=${path}
          type=${o.type}
          value=${c.value}
          aria-invalid=${error ? 'true' : nothing}
          aria-describedby=${c.hint ? `${cid}-hint` : nothing}
          .checked=${live(ticked(c.value))}
          @change=${(e: Event) => onChange(c.value, (e.target as HTMLInputElement).checked)}
        />
        <label for=${cid}>${c.label}</label>
        ${c.hint ? html`<p class="hint" id="${cid}-hint">${c.hint}</p>` : nothing}
      </div>`;
    })}
  </fieldset>`;
}

export const checkboxGroup = (
  form: FormController<unknown>,
  path: string,
  o: BaseFieldOptions & { options: readonly Choice[]; inline?: boolean },
) => choiceGroup(form, path, { ...o, type: 'checkbox' });

export const radioGroup = (
  form: FormController<unknown>,
  path: string,
  o: BaseFieldOptions & { options: readonly Choice[]; inline?: boolean },
) => choiceGroup(form, path, { ...o, type: 'radio' });
