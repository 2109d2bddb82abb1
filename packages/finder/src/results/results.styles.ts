import { css } from 'lit';

/** The list, its heading, "show more", the empty state and the loading skeleton. */
export const resultsStyles = css`
  .main {
    min-width: 0;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    max-height: var(--npt-finder-list-max-height, none);
    overflow: auto;
  }
  .result {
    border-block-end: 1px solid var(--_border);
    padding-block: 0.75em;
  }
  .result.selected {
    border-inline-start: 4px solid var(--_primary);
    padding-inline-start: 0.5em;
  }
  .result p {
    margin: 0 0 0.125em;
  }
  .result-name a {
    font-weight: 700;
  }
  .distance {
    font-weight: 500;
  }
  .status.open {
    color: var(--_open);
    font-weight: 700;
  }
  .status.closed {
    color: var(--_closed);
    font-weight: 700;
  }
  .tags {
    list-style: none;
    padding: 0;
    margin: 0.25em 0 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
  }
  .tags li {
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: 0.125em 0.5em;
    font-size: 0.875em;
  }
  .more {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em var(--_space);
    align-items: center;
    margin-block: var(--_space);
  }
  .empty {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin-block: var(--_space);
  }
  .empty-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .skeleton {
    background: var(--_surface);
    border-radius: var(--_radius);
    animation: pulse 1.5s ease-in-out infinite;
  }
  .skeleton.heading {
    height: 1.5em;
    width: 40%;
    margin-block-end: var(--_space);
  }
  .skeleton.row {
    height: 5em;
    margin-block-end: 0.75em;
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
`;
