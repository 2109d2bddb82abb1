// Reading a widget's shadow root as a person would: one copy for every component test.

/** The first element matching `sel` in the widget's shadow root. */
export const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;

/** Every element matching `sel` in the widget's shadow root. */
export const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];

/** Text as read: no-break and narrow no-break spaces as spaces, runs of white space as one. */
export const nb = (s: string | null | undefined) =>
  (s ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
