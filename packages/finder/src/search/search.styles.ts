import { css } from 'lit';
import { comboboxStyles } from '@npt/ui';

/** The search form: combobox, suggestions, around me, radius. */
export const searchStyles = [
  comboboxStyles,
  css`
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
    /* The combobox's own look comes from @npt/ui's comboboxStyles. */
    .search-row .combo {
      flex: 1 1 12em;
      min-width: min(12em, 100%);
    }
    /* Above the map's controls. */
    .search-row [role='listbox'] {
      z-index: 10;
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
  `,
];
