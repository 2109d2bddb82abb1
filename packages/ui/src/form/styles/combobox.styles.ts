import { css } from 'lit';

// A pure call, so that a bundler drops the set when the widget does not name it (a tagged template alone is not).
/** Styles of the combobox (`ComboboxController`): add them to a widget that has one. */
export const comboboxStyles = /* @__PURE__ */ (() => css`
  .combo {
    position: relative;
    min-width: 0;
  }
  .combo input {
    width: 100%;
  }
  .combo [role='listbox'] {
    position: absolute;
    z-index: 2;
    inset-inline: 0;
    margin: 0;
    padding: 0;
    list-style: none;
    max-height: 18em;
    overflow-y: auto;
    background: var(--npt-color-background, #fff);
    border: 1px solid var(--_border);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.15);
  }
  .combo [role='option'] {
    padding: 0.5em 0.75em;
    cursor: pointer;
  }
  .combo [role='option'].active,
  .combo [role='option']:hover {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .combo .group {
    padding: 0.25em 0.75em;
    font-size: 0.875em;
    font-weight: 700;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .combo [role='option'].active {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`)();
