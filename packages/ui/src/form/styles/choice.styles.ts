import { css } from 'lit';

// A pure call, so that a bundler drops the set when the widget does not name it (a tagged template alone is not).
/** Single checkboxes and checkbox/radio groups. */
export const choiceStyles = /* @__PURE__ */ (() => css`
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
`)();
