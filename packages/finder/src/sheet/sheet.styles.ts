import { css } from 'lit';

/** The place sheet (rendered in the finder's shadow root, see npt-finder-sheet.ts). */
export const sheetStyles = css`
  .sheet h3:focus {
    outline: none;
  }
  .sheet h3:focus-visible {
    outline: var(--_focus);
  }
  .sheet-block {
    margin-block: var(--_space);
  }
  .sheet-block p {
    margin: 0 0 0.25em;
  }
  .plain {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .week {
    border-collapse: collapse;
  }
  .week th,
  .week td {
    text-align: start;
    padding: 0.25em 1em 0.25em 0;
    font-weight: 400;
    vertical-align: top;
  }
  .week tr.today th,
  .week tr.today td {
    font-weight: 700;
    background: var(--_surface);
  }
  .sheet-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .prescriber {
    border-block-start: 1px solid var(--_border);
    padding-block-start: var(--_space);
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    align-items: flex-start;
  }
  .prescriber textarea {
    width: 100%;
  }
`;
