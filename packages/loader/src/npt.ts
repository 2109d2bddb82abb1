/**
 * npt.js, the loader: one `<script type="module" src=".../npt.js">` and every `<npt-*>` widget of the page
 * gets its file when its tag appears (now, or later through a MutationObserver), from the loader's own
 * folder, so a pinned version loads widgets of that version. Shadow roots are opted in by the page:
 * `import { observe } from '.../npt.js'; observe(myShadowRoot)` (the same URL gives the same instance).
 *
 * Two loaders on one page (a CMS block and a theme, or two versions): the first one loads the widgets, the
 * second one only hands out the first one's functions, with a warning naming both versions.
 */
import widgets from 'virtual:npt-widgets';
import { createLoader, type Loader } from './autoload.js';

declare const __NPT_VERSION__: string;
export const version: string = __NPT_VERSION__;

interface Active {
  version: string;
  url: string;
  loader: Loader;
}
const KEY = Symbol.for('npt.loader');
const registry = globalThis as unknown as Record<typeof KEY, Active | undefined>;

let active = registry[KEY];
if (active) {
  if (active.version !== version) {
    console.warn(
      `npt.js ${version} (${import.meta.url}) is ignored: npt.js ${active.version} (${active.url}) already loads the widgets of this page. Keep one loader per page.`,
    );
  }
} else {
  active = registry[KEY] = { version, url: import.meta.url, loader: createLoader({ widgets, base: import.meta.url }) };
  active.loader.observe(document);
}
const { loader } = active;

/** Loads, now and as they are added, the widgets under `root` (a shadow root, say, that the page opts in). */
export const observe = (root: Document | ShadowRoot | Element): void => loader.observe(root);
/** Loads the widgets under `root` once. */
export const discover = (root: ParentNode): Promise<void> => loader.discover(root);
