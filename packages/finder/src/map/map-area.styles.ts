import { css } from 'lit';

/** The map area and the narrow screens' "Liste / Carte" toggle. */
export const mapAreaStyles = css`
  .view-toggle {
    display: flex;
    gap: 0.25em;
    margin-block-end: 0.5em;
  }
  .view-toggle button {
    background: var(--npt-color-background, #fff);
    color: var(--_primary);
    border: 1px solid var(--_primary);
  }
  .view-toggle button[aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  /* After the toggle's own display: on wide containers the list and the map show side by side. */
  @container (min-width: 48em) {
    .view-toggle {
      display: none;
    }
  }
  @media (forced-colors: active) {
    /* Pressed and unpressed must differ without colours: the pressed one takes the system highlight. */
    .view-toggle button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border: 2px solid HighlightText;
    }
  }
  .map {
    min-height: 20em;
    min-width: 0;
  }
  .map-placeholder {
    height: 100%;
    min-height: 20em;
    background: var(--_surface);
    border-radius: var(--_radius);
  }
`;
