import { css } from 'lit';

// A pure call, so that a bundler drops the set when the widget does not name it (a tagged template alone is not).
/** Textarea count, repeatable groups, the draft notice, the submit failure and the busy button. */
export const formPartsStyles = /* @__PURE__ */ (() => css`
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
`)();
