import { css } from 'lit';

/** The finder's own styles (tokens and host isolation come from @npt/ui's themeStyles). */
export const finderStyles = css`
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
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .muted {
    color: var(--_muted);
  }
  .small {
    font-size: 0.875em;
  }
  button {
    font: inherit;
    cursor: pointer;
    border-radius: var(--_radius);
    padding: 0.5em 1em;
    min-height: 2.75em;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .primary {
    background: var(--_primary);
    color: var(--_on-primary);
    border: 1px solid var(--_primary);
  }
  .secondary {
    background: var(--npt-color-background, #fff);
    color: var(--_primary);
    border: 1px solid var(--_primary);
  }
  .link {
    background: none;
    border: 0;
    color: var(--_primary);
    text-decoration: underline;
    padding: 0.25em 0;
    min-height: 2.75em;
  }
  /* Fields come from @npt/ui's formStyles; touch targets here are at least 44 px. */
  input,
  select {
    min-height: 2.75em;
  }
  .search {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: flex-end;
    margin-block-end: 0.5em;
  }
  .search-field {
    flex: 1 1 20em;
    display: flex;
    flex-direction: column;
  }
  .search-row {
    display: flex;
    gap: 0.5em;
  }
  .combo {
    position: relative;
    flex: 1;
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
    .view-toggle {
      display: none;
    }
  }
  @container (max-width: 47.99em) {
    .layout.with-map.view-list .map,
    .layout.with-map.view-map .main {
      display: none;
    }
  }
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
  .empty,
  .error {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin-block: var(--_space);
  }
  .error {
    border-color: var(--_error);
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
