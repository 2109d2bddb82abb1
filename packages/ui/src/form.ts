import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface FieldOptions {
  /** id of the control; the hint and error get `${id}-hint` and `${id}-error`. */
  id: string;
  label: string | TemplateResult;
  hint?: string | TemplateResult | undefined;
  /** The field's error, shown under it and tied to the control with aria-describedby. */
  error?: string | undefined;
  required?: boolean;
  /** Renders the native control; pass `describedBy` to its aria-describedby and `invalid` to aria-invalid. */
  control: (a11y: { describedBy: string | undefined; invalid: 'true' | undefined }) => TemplateResult;
}

/**
 * A labelled field with its hint and inline error, in the widget's own shadow root (labels and ARIA ids
 * do not cross shadow roots, so the pieces are templates, not elements).
 */
export function renderField(o: FieldOptions): TemplateResult {
  const ids = [o.hint ? `${o.id}-hint` : '', o.error ? `${o.id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field ${o.error ? 'field--error' : ''}" part="field">
    <label for=${o.id} part="label">${o.label}${o.required ? html`<span aria-hidden="true"> *</span>` : nothing}</label>
    ${o.hint ? html`<p class="hint" id="${o.id}-hint" part="hint">${o.hint}</p>` : nothing}
    ${o.error ? html`<p class="error" id="${o.id}-error" part="error">${o.error}</p>` : nothing}
    ${o.control({ describedBy: ids || undefined, invalid: o.error ? 'true' : undefined })}
  </div>`;
}

export interface SummaryError {
  /** id of the control in error: the summary links to it. */
  id: string;
  message: string;
}

/**
 * The error summary shown above a form after a failed submit; it takes focus (call
 * `focusErrorSummary`) so keyboard and screen-reader users land on the list of what to fix.
 */
export function renderErrorSummary(title: string, errors: readonly SummaryError[], onJump: (id: string) => void): TemplateResult | typeof nothing {
  if (errors.length === 0) return nothing;
  return html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
    <h3 id="error-summary-title">${title}</h3>
    <ul>
      ${errors.map(
        (e) => html`<li>
          <a
            href="#${e.id}"
            @click=${(ev: Event) => {
              ev.preventDefault();
              onJump(e.id);
            }}
            >${e.message}</a
          >
        </li>`,
      )}
    </ul>
  </div>`;
}

/** Moves focus to the error summary in `root`, once it is rendered. */
export function focusErrorSummary(root: ShadowRoot | null): void {
  root?.querySelector<HTMLElement>('.error-summary')?.focus();
}

/**
 * A polite live region: screen readers announce its text when it changes. Keep it rendered at all times
 * (an element inserted with its text is often not announced) and change only the message.
 */
export function renderLiveRegion(message: string, id?: string): TemplateResult {
  return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" id=${ifDefined(id)}>${message}</div>`;
}
