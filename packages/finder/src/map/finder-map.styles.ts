import { css } from 'lit';

/**
 * Styles of `<npt-finder-map>` (maplibre's own stylesheet is added next to these, in the same shadow root).
 */
export const finderMapStyles = css`
  :host {
    display: block;
    position: relative;
    height: var(--npt-finder-map-height, 28rem);
    min-height: 12rem;
  }
  .frame {
    position: relative;
    width: 100%;
    height: 100%;
    overflow: hidden;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .map {
    position: absolute;
    inset: 0;
  }
  .maplibregl-canvas:focus-visible {
    outline: var(--_focus);
    outline-offset: -4px;
  }
  .maplibregl-ctrl button:focus-visible,
  .maplibregl-ctrl-attrib-button:focus-visible {
    outline: var(--_focus);
    outline-offset: 1px;
    box-shadow: none;
  }
  .npt-markers {
    position: absolute;
    inset: 0;
    pointer-events: none;
    z-index: 1;
  }
  .npt-marker {
    all: unset;
    box-sizing: border-box;
    position: absolute;
    left: 0;
    top: 0;
    pointer-events: auto;
    cursor: pointer;
    display: grid;
    place-items: center;
    border-radius: 50%;
    min-width: 24px;
    min-height: 24px;
    font: 700 0.8125rem/1 var(--npt-font-family, Marianne, system-ui, sans-serif);
    color: var(--npt-map-cluster-text-color, #ffffff);
    text-align: center;
  }
  .npt-marker--cluster {
    min-width: 40px;
    min-height: 40px;
  }
  .npt-marker--stack::after {
    content: '+';
    position: absolute;
    right: -2px;
    top: -4px;
    font-size: 0.75rem;
    color: var(--_primary);
  }
  .npt-marker:focus-visible {
    outline: var(--_focus);
    outline-offset: 3px;
  }
  .npt-marker[aria-current='true'] {
    min-width: 30px;
    min-height: 30px;
  }
  .search-area {
    position: absolute;
    top: calc(var(--_space) * 0.75);
    left: 50%;
    transform: translateX(-50%);
    z-index: 2;
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.3);
  }
  .status {
    position: absolute;
    inset: auto 0 0 0;
    margin: 0;
    padding: calc(var(--_space) * 0.5);
    background: var(--_surface);
    color: var(--_muted);
    z-index: 2;
  }
  :host([unavailable]) {
    height: auto;
    min-height: 0;
  }
  :host([unavailable]) .frame {
    height: auto;
  }
  :host([unavailable]) .map {
    display: none;
  }
  :host([unavailable]) .status {
    position: static;
  }
  .stack {
    position: absolute;
    left: calc(var(--_space) * 0.5);
    bottom: calc(var(--_space) * 2);
    z-index: 3;
    max-width: min(22rem, calc(100% - var(--_space)));
    max-height: 60%;
    overflow: auto;
    padding: calc(var(--_space) * 0.75);
    background: var(--npt-color-background, #ffffff);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.25);
  }
  .stack h3 {
    font-size: 1rem;
  }
  .stack ul {
    list-style: none;
    margin: 0 0 calc(var(--_space) * 0.5);
    padding: 0;
  }
  .stack li + li {
    margin-top: 0.25rem;
  }
  .stack li button {
    width: 100%;
    justify-content: flex-start;
    text-align: start;
  }
`;
