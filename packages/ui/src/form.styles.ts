import { css } from 'lit';

/**
 * Styles of the form pieces (form/): fields, hints, inline errors, groups, combobox, repeatable groups,
 * error summary, notices. Buttons and `.visually-hidden` come with themeStyles. Inline errors are
 * scoped to fields, so that a widget's own `.error` box keeps its look.
 */
export const formStyles = css`
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
  .check {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 0.5em;
    align-items: start;
    margin-block: 0.25em;
  }
  .check .hint {
    grid-column: 2;
  }
  .check input {
    width: 1.25em;
    height: 1.25em;
    min-height: 0;
    margin: 0.15em 0 0;
    accent-color: var(--_primary);
  }
  .check label {
    font-weight: 400;
  }
  .group--inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
  }
  .group--inline legend,
  .group--inline > .hint,
  .group--inline > .error {
    flex-basis: 100%;
  }
  textarea {
    resize: vertical;
    width: 100%;
  }
  .count {
    font-size: 0.875em;
    color: var(--_muted);
    margin: 0;
  }
  .count--over {
    color: var(--_error);
    font-weight: 500;
  }
  .repeatable .item > button {
    margin-block-start: 0.5em;
  }
  .draft-notice,
  .submit-failure {
    border-inline-start: 4px solid currentColor;
    padding: 0.5em var(--_space);
    margin-block-end: var(--_space);
  }
  .submit[aria-busy='true'] {
    cursor: progress;
    opacity: 0.8;
  }
`;

/** Styles of the combobox (`ComboboxController`): add them to a widget that has one. */
export const comboboxStyles = css`
  .combo {
    position: relative;
    min-width: 0;
  }
  .combo input {
    width: 100%;
  }
  .combo [role='listbox'] {
    position: absolute;
    z-index: 2;
    inset-inline: 0;
    margin: 0;
    padding: 0;
    list-style: none;
    max-height: 18em;
    overflow-y: auto;
    background: var(--npt-color-background, #fff);
    border: 1px solid var(--_border);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.15);
  }
  .combo [role='option'] {
    padding: 0.5em 0.75em;
    cursor: pointer;
  }
  .combo [role='option'].active,
  .combo [role='option']:hover {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .combo .group {
    padding: 0.25em 0.75em;
    font-size: 0.875em;
    font-weight: 700;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .combo [role='option'].active {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
