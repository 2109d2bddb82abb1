import { html, nothing, type TemplateResult } from 'lit';

export interface SummaryError {
  /** id of the control in error: the summary links to it; empty when the field is not on screen. */
  id: string;
  message: string;
}

/**
 * The error summary shown above a form after a failed submit; it takes focus (the form controller
 * focuses it) so keyboard and screen-reader users land on the list of what to fix, and each entry is a
 * link that moves focus to its field. Not a live region: focus already reads it, and an alert would read
 * the whole list again each time the person fixes a field while it shows.
 */
export function renderErrorSummary(
  title: string,
  errors: readonly SummaryError[],
  onJump: (id: string) => void,
  id = 'error-summary',
): TemplateResult | typeof nothing {
  if (errors.length === 0) return nothing;
  return html`<div class="error-summary" id=${id} part="error-summary" role="region" tabindex="-1" aria-labelledby="${id}-title">
    <h3 id="${id}-title">${title}</h3>
    <ul>
      ${errors.map(
        (e) =>
          html`<li>
            ${
              e.id
                ? html`<a
                    href="#${e.id}"
                    @click=${(ev: Event) => {
                      ev.preventDefault();
                      onJump(e.id);
                    }}
                    >${e.message}</a
                  >`
                : e.message
            }
          </li>`,
      )}
    </ul>
  </div>`;
}
