// The map's loading, as the finder sees it: off until the places are there, loading once the map area is
// in view (the chunk is about 300 KB gzip), ready, or unavailable with a reason the finder says in words.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadFinderMap, whenVisible, type MapUnavailableReason } from './support.js';

export type MapLoadState = 'off' | 'loading' | 'ready' | 'unavailable';

export class MapLoaderController implements ReactiveController {
  state: MapLoadState = 'off';
  private abort?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
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
    this.set('unavailable');
    this.onUnavailable(reason);
  }

  private set(state: MapLoadState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
