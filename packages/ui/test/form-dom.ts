// What the form tests read and do in a widget's shadow root, as a person would: one copy for every form test.
import type { LitElement } from 'lit';
import { $ } from '@npt/testing';

export { $, nb } from '@npt/testing';

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
