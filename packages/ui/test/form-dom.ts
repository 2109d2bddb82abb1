// What the form tests read and do in a widget's shadow root, as a person would: one copy for every form test.
import type { LitElement } from 'lit';

export const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;

/** Text as read: no-break spaces as spaces, runs of white space as one. */
export const nb = (s: string | null | undefined) =>
  (s ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export const active = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Types `text` into the field `sel` (focused first), then waits for the widget's render. */
export async function type(el: LitElement, sel: string, text: string) {
  const input = $<HTMLInputElement>(el, sel);
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  return input;
}
