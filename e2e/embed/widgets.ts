// The widgets of the embedding matrix: one row per widget. A new widget is one more row here (its tag,
// its CDN file, what a host sets on it, the event its key journey fires) plus its journey in
// journeys.browser.ts; every host page, framework and engine then covers it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { HostWidget } from './apps/host-widgets.js';

export interface WidgetRow extends HostWidget {
  /** The package that builds it: a row whose CDN file is not built yet is left out (and said so). */
  pkg: string;
}

const ALL: WidgetRow[] = [
  {
    pkg: 'finder',
    tag: 'npt-finder',
    file: 'npt-finder.js',
    // The map needs IGN's tiles (outside network): the matrix checks the list; the map's fallback has its own test.
    attrs: { api: '/v1', 'geocoder-url': 'none', 'page-size': '5' },
    props: { noMap: true, noUrlState: true },
    event: 'npt-place-select',
  },
  {
    pkg: 'funding-simulator',
    tag: 'npt-funding-simulator',
    file: 'npt-funding-simulator.js',
    attrs: { api: '/v1' },
    props: { noUrlState: true },
    event: 'npt-simulation-change',
  },
  {
    pkg: 'participation-form',
    tag: 'npt-participation-form',
    file: 'npt-participation-form.js',
    attrs: { api: '/v1' },
    props: { privacyUrl: '#donnees-personnelles' },
    event: 'npt-submit-success',
  },
  {
    pkg: 'webinar-registration',
    tag: 'npt-webinar-registration',
    file: 'npt-webinar-registration.js',
    attrs: { api: '/v1' },
    props: { noticeUrl: '#donnees-personnelles' },
    event: 'npt-registration-success',
  },
];

const cdn = join(import.meta.dirname, '..', '..', 'dist', 'cdn', 'latest');
/** The rows whose CDN file the build made (dist/cdn/latest/). */
export const WIDGETS = ALL.filter((w) => existsSync(join(cdn, w.file)));
export const MISSING = ALL.filter((w) => !WIDGETS.includes(w)).map((w) => w.tag);

/** A row as HTML attributes only (host pages without a framework): properties become their attributes. */
function asAttributes(w: WidgetRow): HostWidget {
  const attrs = { ...w.attrs };
  for (const [k, v] of Object.entries(w.props ?? {})) {
    const name = k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    if (v === true) attrs[name] = '';
    else if (typeof v === 'string' || typeof v === 'number') attrs[name] = String(v);
  }
  return { tag: w.tag, file: w.file, attrs, event: w.event };
}

/** A host page of demo/hosts/ with these widgets: framework pages get properties, the others attributes. */
export const hostUrl = (base: string, page: string, widgets: WidgetRow[], framework = false): string =>
  `${base}/hosts/${page}.html?widgets=${encodeURIComponent(JSON.stringify(framework ? widgets : widgets.map(asAttributes)))}`;

/** The finder with a map style that does not exist: the map cannot start, the list must stay. */
export const FINDER_MAP_FALLBACK: HostWidget = {
  tag: 'npt-finder',
  file: 'npt-finder.js',
  attrs: { api: '/v1', 'geocoder-url': 'none', 'no-url-state': '', 'map-style': '/hosts/no-such-style.json' },
};
