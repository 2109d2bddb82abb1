import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The languages every widget speaks. French is the default. */
export type Locale = 'fr' | 'en';
export const LOCALES: readonly Locale[] = ['fr', 'en'];

/** Maps a BCP 47 tag ("fr-FR", "en-GB", "") to a supported locale; French when unknown. */
export function toLocale(tag: string | null | undefined): Locale {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base!) ? (base as Locale) : 'fr';
}

/** The language in force for an element: its own `lang`, else the closest ancestor's (crossing shadow roots), else the page's. */
export function resolveLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? '';
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.lang;
}

// One observer for the whole page: widgets subscribe and re-resolve when any `lang` attribute changes.
const subscribers = new Set<() => void>();
let observer: MutationObserver | undefined;
function subscribe(fn: () => void): () => void {
  if (!observer) {
    observer = new MutationObserver(() => subscribers.forEach((s) => s()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  subscribers.add(fn);
  return () => {
    subscribers.delete(fn);
    if (subscribers.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

/** Follows the element's or the page's `lang` and re-renders the host when it changes. */
export class LocaleController implements ReactiveController {
  locale: Locale = 'fr';
  private unsubscribe?: () => void;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.update();
    this.unsubscribe = subscribe(() => this.update());
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
  }

  /** Re-reads the language (also called by the host when its own `lang` property changes). */
  update(): void {
    const next = toLocale(resolveLang(this.host));
    if (next !== this.locale) {
      this.locale = next;
      this.host.requestUpdate();
    }
  }
}
