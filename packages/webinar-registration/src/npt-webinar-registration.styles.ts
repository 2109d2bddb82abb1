import { css } from 'lit';

/** The widget's own look: session cards, the waiting-list notes, the confirmation and managing boxes. */
export const webinarStyles = css`
  :host {
    display: block;
  }
  .sessions {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .session,
  .confirmation,
  .manage,
  .empty,
  .api-down {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .when {
    font-weight: 500;
  }
  .when .duration {
    display: block;
    font-weight: normal;
    color: var(--_muted);
  }
  .seats {
    font-weight: 500;
    color: var(--_success);
  }
  .seats.waiting-list,
  .seats.closed,
  .waiting .position,
  .notice.waiting {
    color: var(--_warning);
  }
  .notice {
    border-inline-start: 4px solid currentColor;
    padding-inline-start: 0.75em;
  }
  .names {
    display: grid;
    gap: 0 var(--_space);
    grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
  }
  /* The commune field is as wide as the others. */
  .combo,
  .combo input {
    width: 100%;
  }
  .essentials {
    background: var(--_surface);
    padding: 0.75em;
    border-radius: var(--_radius);
    margin-block-end: var(--_space);
    font-size: 0.875em;
  }
  .actions,
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .confirmation {
    border-color: var(--_success);
  }
  .confirmation.waiting {
    border-color: var(--_warning);
  }
  button.danger {
    background: var(--_error);
    border-color: var(--_error);
  }
  button.secondary.danger {
    background: transparent;
    color: var(--_error);
  }
  .api-down {
    border-color: var(--_error);
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: var(--_focus);
  }
`;
