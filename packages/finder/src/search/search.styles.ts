import { css } from 'lit';

/** The search form: combobox, suggestions, around me, radius. */
export const searchStyles = css`
  .search {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: flex-end;
    margin-block-end: 0.5em;
  }
  .search-field {
    flex: 1 1 20em;
    min-width: min(20em, 100%);
    display: flex;
    flex-direction: column;
  }
  /* On a narrow screen the button goes under the box rather than squeezing it to a few letters. */
  .search-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .combo {
    position: relative;
    flex: 1 1 12em;
    min-width: min(12em, 100%);
  }
  .combo input {
    width: 100%;
  }
  [role='listbox'] {
    position: absolute;
    z-index: 10;
    inset-inline: 0;
    top: 100%;
    margin: 0;
    padding: 0.25em 0;
    list-style: none;
    background: var(--npt-color-background, #fff);
    border: 1px solid var(--_border);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.15);
    max-height: 20em;
    overflow: auto;
  }
  [role='listbox'][hidden] {
    display: none;
  }
  [role='option'] {
    padding: 0.5em 0.75em;
    cursor: pointer;
  }
  [role='option'].active,
  [role='option']:hover {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .group {
    padding: 0.25em 0.75em;
    font-size: 0.8125em;
    font-weight: 700;
    color: var(--_muted);
    text-transform: uppercase;
  }
  .search-tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em var(--_space);
    align-items: flex-end;
  }
  .radius {
    display: flex;
    flex-direction: column;
  }
  .icon {
    vertical-align: -0.15em;
  }
  @media (forced-colors: active) {
    /* The chosen suggestion keeps a highlight the system's colours cannot erase. */
    [role='option'].active {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
