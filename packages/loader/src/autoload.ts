/**
 * The loader's logic: finds `<npt-*>` tags that are not defined yet in a document or shadow root, now and
 * as nodes are added (MutationObserver), and imports each widget's file once, from the loader's own folder.
 * Kept free of globals so that it can be tested with a fake widget table.
 */
export interface LoaderOptions {
  /** Tag → file name, relative to `base` (e.g. `{ 'npt-finder': 'npt-finder.js' }`). */
  widgets: Record<string, string>;
  /** Folder of the widget files: the loader's own URL. */
  base: string | URL;
  /** Imports a module by URL (a seam for tests). */
  load?: (url: string) => Promise<unknown>;
  onError?: (tag: string, url: string, error: unknown) => void;
}

export interface Loader {
  /** Loads the widgets whose tags are under `root` (its shadow roots are not searched: `observe` them). */
  discover(root: ParentNode): Promise<void>;
  /** Discovers now and whenever nodes are added under `root` (the document, or a shadow root the page opts in). */
  observe(root: Document | ShadowRoot | Element): void;
  /** Tags whose file was requested. */
  readonly requested: ReadonlySet<string>;
}

export function createLoader(options: LoaderOptions): Loader {
  const { widgets, base } = options;
  const load = options.load ?? ((url: string) => import(/* @vite-ignore */ url));
  const requested = new Set<string>();
  const observed = new WeakSet<Node>();
  const selector = Object.keys(widgets).join(',');

  const request = (tag: string): Promise<void> | undefined => {
    if (requested.has(tag) || customElements.get(tag)) return undefined;
    requested.add(tag);
    const url = new URL(widgets[tag]!, base).href;
    return load(url).then(
      () => undefined,
      (error: unknown) => {
        // Forget the failure so that a later insertion (after a network blip) tries again.
        requested.delete(tag);
        (options.onError ?? ((t, u, e) => console.error(`npt.js: could not load <${t}> from ${u}`, e)))(tag, url, error);
      },
    );
  };

  const discover = async (root: ParentNode): Promise<void> => {
    const tags = new Set<string>();
    if (root instanceof Element && Object.hasOwn(widgets, root.localName)) tags.add(root.localName);
    if (selector) for (const el of root.querySelectorAll(selector)) tags.add(el.localName);
    await Promise.all([...tags].map((tag) => request(tag) ?? Promise.resolve()));
  };

  const observe = (root: Document | ShadowRoot | Element): void => {
    if (observed.has(root)) return;
    observed.add(root);
    void discover(root);
    new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) void discover(node);
    }).observe(root, { childList: true, subtree: true });
  };

  return { discover, observe, requested };
}
