import { css } from 'lit';
import { fieldStyles, themeStyles } from '@npt/ui';
import { filtersStyles } from './filters/filters.styles.js';
import { mapAreaStyles } from './map/map-area.styles.js';
import { resultsStyles } from './results/results.styles.js';
import { searchStyles } from './search/search.styles.js';
import { sheetStyles } from './sheet/sheet.styles.js';

/** The finder's frame: host, headings, buttons, layout (tokens and host isolation come from @npt/ui's themeStyles). */
const frameStyles = css`
  :host {
    --_open: var(--npt-color-open, #18753c);
    --_closed: var(--npt-color-closed, #ce0500);
    container-type: inline-size;
  }
  h2 {
    font-size: 1.5em;
    margin-block-end: var(--_space);
  }
  h3 {
    font-size: 1.25em;
  }
  h4 {
    font-size: 1em;
    margin: 0 0 0.25em;
  }
  .muted {
    color: var(--_muted);
  }
  .small {
    font-size: 0.875em;
  }
  /* Buttons come from @npt/ui's theme; here, touch targets of at least 44 px. */
  button {
    min-height: 2.75em;
  }
  .link {
    background: none;
    border: 0;
    color: var(--_primary);
    text-decoration: underline;
    padding: 0.25em 0;
    min-height: 2.75em;
  }
  /* Fields come from @npt/ui's fieldStyles; touch targets here are at least 44 px. */
  input,
  select {
    min-height: 2.75em;
  }
  .notice:empty {
    display: none;
  }
  .notice {
    color: var(--_warning);
    font-weight: 500;
  }
  .layout {
    display: grid;
    gap: var(--_space);
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 48em) {
    .layout {
      grid-template-columns: minmax(13rem, 17rem) minmax(0, 1fr);
    }
    .layout.with-map {
      grid-template-columns: var(--npt-finder-columns, minmax(13rem, 16rem) minmax(0, 1fr) minmax(0, 1fr));
    }
  }
  @container (max-width: 47.99em) {
    .layout.with-map.view-list .map,
    .layout.with-map.view-map .main {
      display: none;
    }
  }
  .load-error {
    border: 1px solid var(--_error);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin-block: var(--_space);
  }
  .area {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  @media print {
    .search,
    .filters,
    .map,
    .view-toggle,
    .more button {
      display: none;
    }
  }
`;

/** @npt/ui's theme and fields, the frame, then each piece's styles. */
export const finderStyles = [themeStyles, fieldStyles, frameStyles, searchStyles, filtersStyles, resultsStyles, sheetStyles, mapAreaStyles];
