import { html, nothing, type TemplateResult } from 'lit';

export interface FieldOptions {
  /** id of the control; the hint and error get `${id}-hint` and `${id}-error`. */
  id: string;
  label: string | TemplateResult;
  hint?: string | TemplateResult | undefined;
  /** The field's error, shown under it and tied to the control with aria-describedby. */
  error?: string | undefined;
  /** Shows "(obligatoire)" after the label, in text: a star alone is not read the same by everyone. */
  required?: boolean;
  /** The text of the required mark ("obligatoire", "required"). */
  requiredMark?: string;
  /** More ids for aria-describedby (a character count). */
  describedBy?: string;
  /** Renders after the control (a character count). */
  after?: TemplateResult | typeof nothing;
  /** Renders the native control; pass `describedBy` to its aria-describedby and `invalid` to aria-invalid. */
  control: (a11y: { describedBy: string | undefined; invalid: 'true' | undefined }) => TemplateResult;
}

/** The ids a control is described by: its hint, then its error, then any extra. */
export const describedBy = (id: string, hint: unknown, error: unknown, extra?: string): string | undefined =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : '', extra ?? ''].filter(Boolean).join(' ') || undefined;

/** A field's hint, tied to its control by `${id}-hint`. */
export const renderHint = (id: string, hint: unknown) => (hint ? html`<p class="hint" id="${id}-hint" part="hint">${hint}</p>` : nothing);

/** A field's inline error, tied to its control by `${id}-error`. */
export const renderError = (id: string, error: string | undefined) =>
  error ? html`<p class="error" id="${id}-error" part="error">${error}</p>` : nothing;

export const renderRequired = (required: boolean | undefined, mark = 'obligatoire') =>
  required ? html`<span class="required"> (${mark})</span>` : nothing;

/**
 * A labelled field with its hint and inline error, in the widget's own shadow root (labels and ARIA ids
 * do not cross shadow roots, so the pieces are templates, not elements).
 */
export function renderField(o: FieldOptions): TemplateResult {
  return html`<div class="field ${o.error ? 'field--error' : ''}" part="field">
    <label for=${o.id} part="label">${o.label}${renderRequired(o.required, o.requiredMark)}</label>
    ${renderHint(o.id, o.hint)} ${renderError(o.id, o.error)}
    ${o.control({ describedBy: describedBy(o.id, o.hint, o.error, o.describedBy), invalid: o.error ? 'true' : undefined })}
    ${o.after ?? nothing}
  </div>`;
}
