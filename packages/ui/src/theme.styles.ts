import { css } from 'lit';

/**
 * Theme tokens and host isolation shared by every widget.
 *
 * `all: initial` on the host cuts the inheritance of the page's fonts, colours, line heights and text
 * transforms, so a hostile or unusual page stylesheet does not leak in; the widget then sets its own from
 * `--npt-*` custom properties (which do inherit, so a site can theme every widget from `:root`).
 *
 * @cssprop [--npt-font-family=Marianne, system-ui, sans-serif] Text font.
 * @cssprop [--npt-font-size=max(1rem, 1em)] Base text size. By default the page's root size (a site's "A+" at 200 %), never below the browser's default size (pages that set `html { font-size: 62.5% }`); `em` here is the browser's default size.
 * @cssprop [--npt-color-text=#161616] Text colour.
 * @cssprop [--npt-color-muted=#3a3a3a] Secondary text colour (contrast ≥ 4.5:1 on the background).
 * @cssprop [--npt-color-background=#ffffff] Background colour.
 * @cssprop [--npt-color-surface=#f6f6f6] Background of panels and table headers.
 * @cssprop [--npt-color-primary=#000091] Main colour: buttons, links, chart bars.
 * @cssprop [--npt-color-on-primary=#ffffff] Text on the main colour.
 * @cssprop [--npt-color-border=#929292] Borders of fields and panels.
 * @cssprop [--npt-color-error=#ce0500] Error text and borders.
 * @cssprop [--npt-color-success=#18753c] Success text.
 * @cssprop [--npt-color-warning=#b34000] Notes and warnings.
 * @cssprop [--npt-focus-ring=2px solid #0a76f6] Focus outline of every interactive element.
 * @cssprop [--npt-radius=0.25em] Corner radius.
 * @cssprop [--npt-space=1em] Base spacing unit.
 */
export const themeStyles = css`
  :host {
    all: initial;
    display: block;
    box-sizing: border-box;
    font-family: var(--npt-font-family, Marianne, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    /* A page's normal declarations beat ':host' on the host element itself ('* { font-size: 12px }' would), and
       '1em' below must stay the browser's default size: only an !important here outranks the page's rule.
       The size is themed with --npt-font-size, not by sizing the element. */
    font-size: medium !important;
    line-height: 1.5;
    color: var(--npt-color-text, #161616);
    background: var(--npt-color-background, #ffffff);
    text-align: start;
    --_primary: var(--npt-color-primary, #000091);
    --_on-primary: var(--npt-color-on-primary, #ffffff);
    --_border: var(--npt-color-border, #929292);
    --_error: var(--npt-color-error, #ce0500);
    --_muted: var(--npt-color-muted, #3a3a3a);
    --_surface: var(--npt-color-surface, #f6f6f6);
    --_success: var(--npt-color-success, #18753c);
    --_warning: var(--npt-color-warning, #b34000);
    --_space: var(--npt-space, 1em);
    --_radius: var(--npt-radius, 0.25rem);
    --_focus: var(--npt-focus-ring, 2px solid #0a76f6);
  }
  /* A page rule with !important ("* { font-family: … !important }") beats :host on the host element itself,
     and the shadow tree would inherit it: the top-level elements take the widget's values again. */
  :host > * {
    font-family: var(--npt-font-family, Marianne, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    color: var(--npt-color-text, #161616);
    letter-spacing: normal;
    text-transform: none;
    line-height: 1.5;
    visibility: visible;
    /* '* { box-sizing: content-box }' on the page sets the host's, which the rule on '*' below passes down. */
    box-sizing: border-box;
    /* 1em is the host's size, the browser's default ('medium' cannot go in max()): the larger of it and the page's root size. */
    font-size: var(--npt-font-size, max(1rem, 1em));
  }
  /* The rule above outranks 'h2' and 'h3': top-level headings (a widget's title, a step heading) keep their scale. */
  :host > h2 {
    font-size: calc(var(--npt-font-size, max(1rem, 1em)) * 1.375);
  }
  :host > h3 {
    font-size: calc(var(--npt-font-size, max(1rem, 1em)) * 1.125);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_primary);
  }
  h2,
  h3,
  h4,
  p {
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  h2 {
    font-size: 1.375em;
    line-height: 1.3;
  }
  h3 {
    font-size: 1.125em;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0, 0, 0, 0);
    white-space: nowrap;
    border: 0;
  }
  button,
  .button {
    font: inherit;
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 2.5em;
    padding: 0.5em 1em;
    /* Colour apart: a junk --npt-color-primary then loses the colour only, not the whole border. */
    border: 1px solid;
    border-color: var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    cursor: pointer;
    text-decoration: none;
  }
  button.secondary,
  .button.secondary {
    background: transparent;
    color: var(--_primary);
  }
  /* aria-disabled: a busy button keeps the focus (a disabled one drops it to the page's top). */
  button:disabled,
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    button,
    .no-print {
      display: none !important;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
