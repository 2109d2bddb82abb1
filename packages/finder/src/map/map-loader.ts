// The map's loading, as the finder sees it: off until the places are there, loading once the map area is
// in view (the chunk is about 300 KB gzip), ready, or unavailable with a reason the finder says in words.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { NarrowView } from './map-area.js';
import { loadFinderMap, whenVisible, type MapUnavailableReason } from './support.js';

export type MapLoadState = 'off' | 'loading' | 'ready' | 'unavailable';

export class MapLoaderController implements ReactiveController {
  state: MapLoadState = 'off';
  /** On narrow screens, the list or the map (wide screens show both). */
  view: NarrowView = 'list';
  private abort?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode },
    private readonly onUnavailable: (reason: MapUnavailableReason) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    // Back in a page, the map starts again when its area shows.
    if (this.state === 'loading') this.state = 'off';
  }

  /** Starts loading once `area` is visible (at once without an area). */
  start(area: Element | null): void {
    if (this.state !== 'off') return;
    this.set('loading');
    const abort = (this.abort = new AbortController());
    void (async () => {
      if (area) await whenVisible(area, { signal: abort.signal });
      if (abort.signal.aborted) return;
      const loaded = await loadFinderMap();
      if (abort.signal.aborted) return;
      if (loaded.ok) this.set('ready');
      else this.unavailable(loaded.reason);
    })();
  }

  unavailable(reason: MapUnavailableReason): void {
    this.view = 'list';
    this.set('unavailable');
    this.onUnavailable(reason);
  }

  /** The narrow screen's "Liste / Carte" toggle: the map replaces the list and comes into view (it loads when visible). */
  async showView(view: NarrowView): Promise<void> {
    this.view = view;
    this.host.requestUpdate();
    if (view !== 'map') return;
    await this.host.updateComplete;
    this.host.renderRoot.querySelector('.map')?.scrollIntoView({ block: 'nearest' });
  }

  private set(state: MapLoadState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
