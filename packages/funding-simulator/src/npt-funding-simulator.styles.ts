import { css } from 'lit';

export const simulatorStyles = css`
  :host {
    max-width: 60em;
  }
  .intro {
    color: var(--_muted);
  }
  .years {
    display: grid;
    /* min(): on a 320 px screen one column as wide as the box, never wider. */
    grid-template-columns: repeat(auto-fit, minmax(min(12em, 100%), 1fr));
    gap: 0 var(--_space);
  }
  .notice {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .notice--fallback {
    color: var(--_warning);
    font-weight: 500;
  }
  .results {
    margin-block-start: calc(var(--_space) * 1.5);
  }
  .layout {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: flex-start;
  }
  /* The table scrolls inside its own focusable region on narrow screens: the page never does. */
  .table-scroll {
    flex: 2 1 24em;
    min-width: 0;
    max-width: 100%;
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.5em;
  }
  th,
  td {
    padding: 0.5em;
    border-bottom: 1px solid var(--_border);
    text-align: end;
    vertical-align: top;
  }
  thead th {
    background: var(--_surface);
  }
  th[scope='row'] {
    text-align: start;
  }
  tfoot th,
  tfoot td {
    font-weight: 700;
    border-bottom: 2px solid currentColor;
  }
  .cap-note {
    display: block;
    color: var(--_warning);
    font-size: 0.8125em;
  }
  .chart {
    flex: 1 1 14em;
    max-width: 22em;
  }
  .chart .bar {
    fill: var(--_primary);
  }
  .chart .bar.capped {
    fill: var(--_warning);
  }
  .chart .axis {
    stroke: var(--_border);
  }
  .chart text {
    font-size: 11px;
    fill: currentColor;
  }
  .assumption,
  .disclaimer {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .project {
    display: grid;
    grid-template-columns: max-content auto;
    gap: 0.25em var(--_space);
    margin: 0 0 var(--_space);
  }
  .project dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .project .rule {
    grid-column: 2;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  @media print {
    form,
    .notice {
      display: none;
    }
  }
`;
