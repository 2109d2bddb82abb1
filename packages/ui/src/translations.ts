import type { ReactiveController } from 'lit';
import type { Locale } from './locale.js';
import type { NptElement } from './npt-element.js';

/**
 * A widget's string table for the locale in force. French ships in the widget's file; other languages
 * are loaded on first use (a separate chunk on the CDN), so a French page never pays for them. Until a
 * language has arrived the French strings show, then the widget re-renders.
 */
export class TranslationController<T> implements ReactiveController {
  private readonly loaded = new Map<Locale, T>();
  private readonly pending = new Map<Locale, Promise<void>>();

  constructor(
    private readonly host: NptElement,
    fallback: T,
    private readonly loaders: Partial<Record<Locale, () => Promise<T>>>,
  ) {
    this.loaded.set('fr', fallback);
    host.addController(this);
  }

  hostUpdate(): void {
    // ensure() never rejects (a failed chunk is logged and French stays): nothing to await here.
    void this.ensure(this.host.locale);
  }

  /** The strings of the current locale, or French while they load. */
  get t(): T {
    return this.loaded.get(this.host.locale) ?? this.loaded.get('fr')!;
  }

  /** Resolves once the current locale's strings are there (tests, and a host that waits before printing). */
  async ready(): Promise<void> {
    await this.ensure(this.host.locale);
  }

  private ensure(locale: Locale): Promise<void> {
    const load = this.loaders[locale];
    if (this.loaded.has(locale) || !load) return Promise.resolve();
    let promise = this.pending.get(locale);
    if (!promise) {
      promise = load().then(
        (strings) => {
          this.loaded.set(locale, strings);
          this.host.requestUpdate();
        },
        // A language chunk that fails to load leaves the widget in French rather than broken.
        (error: unknown) => console.warn(`npt: could not load the "${locale}" strings`, error),
      );
      this.pending.set(locale, promise);
      void promise.finally(() => this.pending.delete(locale));
    }
    return promise;
  }
}
