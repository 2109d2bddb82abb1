import { css } from 'lit';

// A pure call, so that a bundler drops the set when the widget does not name it (a tagged template alone is not).
/** Fields, labels, hints, inline errors, the error summary and fieldsets: what every form needs. */
export const fieldStyles = /* @__PURE__ */ (() => css`
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin-block-end: var(--_space);
  }
  label {
    font-weight: 500;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875em;
    margin: 0;
  }
  .field .error,
  .submit-failure {
    color: var(--_error);
    font-size: 0.875em;
    font-weight: 500;
    margin: 0;
  }
  .field .error::before {
    content: '⚠ ';
  }
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--npt-color-background, #fff);
    border: 1px solid var(--_border);
    border-bottom: 2px solid var(--npt-color-text, #161616);
    border-radius: var(--_radius) var(--_radius) 0 0;
    padding: 0.5em 0.75em;
    min-height: 2.5em;
    max-width: 100%;
  }
  .field--error input,
  .field--error select,
  .field--error textarea {
    border-color: var(--_error);
    border-bottom-color: var(--_error);
  }
  .error-summary {
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin-block-end: var(--_space);
  }
  .error-summary h3 {
    color: var(--_error);
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .error-summary a {
    color: var(--_error);
  }
  .required {
    font-weight: 400;
    color: var(--_muted);
  }
  fieldset.group,
  fieldset.item {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: 0 0 var(--_space);
    min-width: 0;
  }
  .group > legend,
  .item > legend {
    font-weight: 700;
    padding: 0 0.25em;
  }
`)();
