/**
 * A form's draft in `localStorage`, so that a reload, a closed tab or a crash loses nothing typed.
 * Keyed by page origin + path + form name + version (a new form version ignores old drafts), kept 30
 * days, with the form's Idempotency-Key (a retry after a reload is still the same request). A storage
 * that throws (Safari private mode, quota, disabled) falls back to memory without an error.
 */
export interface Draft<V> {
  values: V;
  /** The Idempotency-Key of this draft's submission. */
  key: string;
  savedAt: number;
}

export interface DraftStoreOptions {
  /** The form's name, unique on the page ("participation"). */
  form: string;
  /** Bump when the values' shape changes: older drafts are then ignored. */
  version: number;
  /** Origin + path of the page; defaults to the current page's. */
  page?: string;
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  /** Days a draft is kept. */
  ttlDays?: number;
  now?: () => number;
  /** Milliseconds to wait after the last change before writing. */
  debounceMs?: number;
}

const memory = new Map<string, string>();
const memoryStorage = {
  getItem: (k: string) => memory.get(k) ?? null,
  setItem: (k: string, v: string) => void memory.set(k, v),
  removeItem: (k: string) => void memory.delete(k),
};

export class DraftStore<V> {
  readonly name: string;
  private storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private next: (() => void) | undefined;
  private readonly now: () => number;
  private readonly ttl: number;

  constructor(private readonly o: DraftStoreOptions) {
    const page = o.page ?? (typeof location === 'undefined' ? '' : location.origin + location.pathname);
    this.name = `npt-draft:${page}:${o.form}:v${o.version}`;
    this.now = o.now ?? Date.now;
    this.ttl = (o.ttlDays ?? 30) * 86_400_000;
    let storage = o.storage;
    try {
      storage ??= globalThis.localStorage;
    } catch {
      // Reading localStorage itself throws when storage is disabled.
    }
    this.storage = storage ?? memoryStorage;
  }

  /** The saved draft, or null when there is none, it expired or it cannot be read. */
  load(): Draft<V> | null {
    const raw = this.safe(() => this.storage.getItem(this.name));
    if (!raw) return null;
    try {
      const draft = JSON.parse(raw) as Draft<V>;
      if (typeof draft.savedAt !== 'number' || typeof draft.key !== 'string' || this.now() - draft.savedAt > this.ttl) {
        this.clear();
        return null;
      }
      return draft;
    } catch {
      this.clear();
      return null;
    }
  }

  /** Writes now. */
  save(values: V, key: string): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const text = JSON.stringify({ values, key, savedAt: this.now() } satisfies Draft<V>);
    this.safe(() => this.storage.setItem(this.name, text));
  }

  /** Writes after `debounceMs` without a further change (as the person types). */
  saveSoon(values: V, key: string): void {
    clearTimeout(this.timer);
    this.next = () => this.save(values, key);
    this.timer = setTimeout(this.next, this.o.debounceMs ?? 400);
  }

  /** Writes now what `saveSoon` was waiting to write (the form leaves the page). */
  flush(): void {
    if (this.timer !== undefined) this.next?.();
  }

  /** A store for something kept beside this draft (same page, storage and expiry), named `form:suffix`. */
  beside<T>(suffix: string): DraftStore<T> {
    return new DraftStore<T>({ ...this.o, form: `${this.o.form}:${suffix}` });
  }

  /** Forgets the draft (after a successful submit, or "Recommencer"). */
  clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.safe(() => this.storage.removeItem(this.name));
  }

  /** Runs a storage call; on the first failure, moves to memory for good and retries there. */
  private safe<R>(fn: () => R): R | null {
    try {
      return fn();
    } catch {
      if (this.storage === memoryStorage) return null;
      this.storage = memoryStorage;
      return this.safe(fn);
    }
  }
}
