import { css } from 'lit';

export const participationStyles = css`
  .progress {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 1em 0;
    padding: 0;
    list-style: none;
    counter-reset: step;
    font-size: 0.875em;
  }
  .progress li {
    counter-increment: step;
    color: var(--npt-color-muted, #3a3a3a);
  }
  .progress li::before {
    content: counter(step) '. ';
  }
  .progress li.current {
    color: var(--npt-color-primary, #000091);
    font-weight: 700;
    text-decoration: underline;
  }
  .progress li.done::after {
    content: ' ✓';
  }
  .group-plain {
    border: 0;
    margin: 0 0 1.5em;
    padding: 0;
  }
  .group-plain > legend {
    font-weight: 700;
    font-size: 1.05em;
    margin-bottom: 0.5em;
  }
  .years {
    display: grid;
    gap: 0 1em;
    grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
  }
  .estimate {
    background: var(--npt-color-surface, #f5f5fe);
    padding: 0.5em 1em;
    margin: 0.5em 0 1em;
  }
  .estimate:empty {
    display: none;
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: 1em;
    margin-top: 1.5em;
  }
  .summary-part {
    border-top: 1px solid var(--npt-color-border, #ddd);
    padding: 0.5em 0;
  }
  .summary-head {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    gap: 1em;
  }
  .summary-head h4 {
    margin: 0.5em 0;
  }
  .summary dl {
    margin: 0;
  }
  .summary dl > div {
    display: grid;
    grid-template-columns: minmax(10em, 1fr) 2fr;
    gap: 1em;
    padding: 0.25em 0;
  }
  .summary dt {
    font-weight: 700;
  }
  .summary dd {
    margin: 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .summary ul {
    margin: 0;
    padding-left: 1.2em;
  }
  .privacy {
    border-left: 4px solid var(--npt-color-primary, #000091);
    padding: 0.25em 1em;
    margin: 1.5em 0 1em;
  }
  .privacy h4 {
    margin: 0.5em 0;
  }
  .reference {
    font-size: 1.25em;
    letter-spacing: 0.02em;
  }
  altcha-widget {
    --altcha-color-primary: var(--npt-color-primary, #000091);
    --altcha-max-width: 100%;
    display: block;
    margin: 1em 0;
  }
  /* Its tick is drawn over the checkbox's centre: a press there must still reach the checkbox. */
  altcha-widget .altcha-checkbox svg {
    pointer-events: none;
  }
  @media print {
    .progress,
    .nav,
    .edit {
      display: none;
    }
  }
`;
