import { css } from 'lit';

/** The filters panel. */
export const filtersStyles = css`
  .filters summary {
    cursor: pointer;
    font-weight: 700;
    padding: 0.5em 0;
    min-height: 2.75em;
  }
  .filters fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 var(--_space);
  }
  .filters legend {
    font-weight: 700;
    padding: 0;
    margin-block-end: 0.25em;
  }
  .check {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    padding-block: 0.125em;
  }
  .check input {
    min-height: auto;
    width: 1.25em;
    height: 1.25em;
    margin: 0.125em 0 0;
    flex: none;
    accent-color: var(--_primary);
  }
  .check label {
    font-weight: 400;
  }
  .count {
    color: var(--_muted);
    font-size: 0.875em;
  }
`;
