// The search box's state between renders: what is typed, the suggestions (communes offline, addresses
// from the geocoder, debounced, superseded requests cancelled), the one chosen with the arrows, and the
// geocoding of a submitted address. The finder hears the outcome: a point (and commune) to search around,
// or a message for its notice line.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LatLon } from '@npt/contract';
import type { SearchPoint } from '../state.js';
import type { FinderStrings } from '../translations/strings.js';
import { looksLikeAddress, matchCommunes, type CommuneOption } from './suggestions.js';
import { suggestionLabel, type Suggestion } from './search-box.js';

const GEOCODER_DELAY_MS = 300;

export interface SearchControllerOptions {
  t: () => FinderStrings;
  geocoderUrl: () => string;
  communes: () => readonly CommuneOption[];
  communeCentre: (key: string) => LatLon | undefined;
  /** A commune or an address was chosen (no point: a commune without located places). */
  onPoint: (point: SearchPoint | undefined, commune?: string) => void;
  onNotice: (text: string) => void;
  /** Said in the live region (the suggestions offered). */
  onAnnounce: (text: string) => void;
  /** Where the suggestions are rendered (to keep the active one in view). */
  root: () => ParentNode;
}

export class SearchController implements ReactiveController {
  text = '';
  suggestions: Suggestion[] = [];
  expanded = false;
  active = -1;
  /** An address submitted is being geocoded. */
  geocoding = false;
  private abort?: AbortController;
  private timer?: ReturnType<typeof setTimeout>;
  private scroll = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly o: SearchControllerOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  hostUpdated(): void {
    if (!this.scroll) return;
    this.scroll = false;
    this.o.root().querySelector(`#suggestion-${this.active}`)?.scrollIntoView?.({ block: 'nearest' });
  }

  get open(): boolean {
    return this.expanded && this.suggestions.length > 0;
  }

  setText(text: string): void {
    this.text = text;
    this.host.requestUpdate();
  }

  input(value: string): void {
    this.text = value;
    this.o.onNotice('');
    const communes = matchCommunes(this.o.communes(), value);
    this.suggestions = communes.map((commune) => ({ kind: 'commune', commune }));
    this.active = -1;
    this.expanded = true;
    this.cancel();
    this.announce();
    const url = this.o.geocoderUrl();
    if (url !== 'none' && value.trim().length >= 3 && (looksLikeAddress(value) || communes.length === 0)) {
      this.timer = setTimeout(() => void this.suggestAddresses(value), GEOCODER_DELAY_MS);
    }
    this.host.requestUpdate();
  }

  /** Arrows move through the suggestions, Escape closes them. */
  keyDown(e: KeyboardEvent): void {
    const n = this.suggestions.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!n) return;
      e.preventDefault();
      this.expanded = true;
      this.active = e.key === 'ArrowDown' ? (this.active + 1) % n : (this.active - 1 + n) % n;
      this.scroll = true;
      this.host.requestUpdate();
    } else if (e.key === 'Escape' && this.expanded && n) {
      e.preventDefault();
      this.close();
    }
  }

  close(): void {
    this.expanded = false;
    this.active = -1;
    this.host.requestUpdate();
  }

  async submit(): Promise<void> {
    // While an address is being looked up the button stays focusable (aria-disabled): a second press waits.
    if (this.geocoding) return;
    const active = this.expanded ? this.suggestions[this.active] : undefined;
    if (active) return this.pick(active);
    const text = this.text.trim();
    if (!text) {
      this.close();
      return this.o.onPoint(undefined, undefined);
    }
    const communes = matchCommunes(this.o.communes(), text);
    if (communes[0] && !looksLikeAddress(text)) return this.pick({ kind: 'commune', commune: communes[0] });
    const url = this.o.geocoderUrl();
    if (url === 'none') return this.o.onNotice(this.o.t().addressNotFound(text));
    this.cancel();
    const abort = (this.abort = new AbortController());
    this.geocoding = true;
    this.host.requestUpdate();
    try {
      const { geocode } = await import('./geocoder.js');
      const [first] = await geocode(url, text, { signal: abort.signal, limit: 1 });
      if (abort.signal.aborted) return;
      if (first) this.pick({ kind: 'address', address: first });
      else this.o.onNotice(this.o.t().addressNotFound(text));
    } catch {
      if (!abort.signal.aborted) this.o.onNotice(this.o.t().geocoderFailed);
    } finally {
      if (this.abort === abort) {
        this.geocoding = false;
        this.host.requestUpdate();
      }
    }
  }

  pick(s: Suggestion): void {
    this.close();
    this.text = suggestionLabel(s, this.o.t());
    this.cancel();
    if (s.kind === 'address') {
      // The address's commune too: its places without coordinates are listed with the nearby ones.
      return this.o.onPoint({ lat: s.address.lat, lon: s.address.lon, label: s.address.label, kind: 'address' }, s.address.citycode);
    }
    // A commune's point is the mean position of its own places; without any, the search filters by commune.
    const centre = this.o.communeCentre(s.commune.key);
    this.o.onPoint(centre && { ...centre, label: s.commune.nom, kind: 'commune' }, s.commune.key);
  }

  private async suggestAddresses(value: string): Promise<void> {
    const abort = (this.abort = new AbortController());
    try {
      const { geocode } = await import('./geocoder.js');
      const found = await geocode(this.o.geocoderUrl(), value, { signal: abort.signal });
      if (abort.signal.aborted || value !== this.text) return;
      this.suggestions = [...this.suggestions.filter((s) => s.kind === 'commune'), ...found.map((address) => ({ kind: 'address' as const, address }))];
      this.announce();
      this.host.requestUpdate();
    } catch (error) {
      if (!abort.signal.aborted && (error as { kind?: string }).kind !== 'aborted') this.o.onNotice(this.o.t().geocoderFailed);
    }
  }

  /** Suggestions appear in silence otherwise: say how many, and how to choose. */
  private announce(): void {
    const communes = this.suggestions.filter((s) => s.kind === 'commune').length;
    this.o.onAnnounce(this.o.t().suggestionsAnnounced(communes, this.suggestions.length - communes));
  }

  private cancel(): void {
    this.abort?.abort();
    clearTimeout(this.timer);
  }
}
