// The search box's state between renders, on @npt/ui's combobox: communes offered offline as one types,
// addresses added from the geocoder (debounced, superseded requests cancelled), and the geocoding of a
// submitted address. The finder hears the outcome: a point (and commune) to search around, or a message
// for its notice line.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LatLon } from '@npt/contract';
import { ComboboxController } from '@npt/ui';
import type { SearchPoint } from '../state.js';
import type { FinderStrings } from '../translations/strings.js';
import { mgpCommuneOptions } from '../load-places.js';
import { looksLikeAddress, matchCommunes, type CommuneOption } from './suggestions.js';
import { suggestionLabel, type Suggestion } from './search-box.js';

const GEOCODER_DELAY_MS = 300;

export interface SearchControllerOptions {
  t: () => FinderStrings;
  geocoderUrl: () => string;
  /** The communes of the loaded places; empty until they are loaded (the Métropole's are then searched). */
  communes: () => readonly CommuneOption[];
  communeCentre: (key: string) => LatLon | undefined;
  /** A commune or an address was chosen (no point: a commune without located places). */
  onPoint: (point: SearchPoint | undefined, commune?: string) => void;
  onNotice: (text: string) => void;
  /** Said in the live region (the suggestions offered). */
  onAnnounce: (text: string) => void;
}

export class SearchController implements ReactiveController {
  readonly combo: ComboboxController<Suggestion>;
  /** An address submitted is being geocoded. */
  geocoding = false;
  private abort?: AbortController;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly o: SearchControllerOptions,
  ) {
    host.addController(this);
    this.combo = new ComboboxController<Suggestion>(host, {
      id: 'q',
      search: (text) => this.suggest(text),
      label: (s) => suggestionLabel(s, o.t()),
      group: (s) => (s.kind === 'commune' ? o.t().suggestionsCommunes : o.t().suggestionsAddresses),
      onPick: (s) => this.pick(s),
      announce: () => this.announce(),
    });
  }

  hostDisconnected(): void {
    this.cancel();
  }

  hostUpdated(): void {
    // The finder documents the search box as part "input"; @npt/ui's combobox does not name its input yet.
    const input = this.host.shadowRoot?.querySelector('#q');
    if (input && !input.part.contains('input')) input.part.add('input');
  }

  get text(): string {
    return this.combo.text;
  }

  setText(text: string): void {
    this.combo.text = text;
    this.host.requestUpdate();
  }

  /**
   * Each keystroke: the communes at once, the addresses after a pause (when it looks like one, or no commune
   * matches). Before the places are loaded the Métropole's communes are searched, once their chunk came:
   * the combobox keeps the answer to the latest text only.
   */
  private suggest(text: string): Suggestion[] | Promise<Suggestion[]> {
    this.o.onNotice('');
    this.cancel();
    const known = this.o.communes();
    if (known.length) return this.suggestFrom(known, text);
    return this.communes().then((all) => (text === this.combo.text ? this.suggestFrom(all, text) : []));
  }

  private suggestFrom(all: readonly CommuneOption[], text: string): Suggestion[] {
    const communes = matchCommunes(all, text);
    const url = this.o.geocoderUrl();
    if (url !== 'none' && text.trim().length >= 3 && (looksLikeAddress(text) || communes.length === 0)) {
      this.timer = setTimeout(() => void this.suggestAddresses(text), GEOCODER_DELAY_MS);
    }
    return communes.map((commune) => ({ kind: 'commune', commune }));
  }

  /** The loaded places' communes, else the Métropole's; none when even their chunk cannot be fetched (offline). */
  private async communes(): Promise<readonly CommuneOption[]> {
    const known = this.o.communes();
    if (known.length) return known;
    return mgpCommuneOptions().catch(() => []);
  }

  async submit(): Promise<void> {
    // While an address is being looked up the button stays focusable (aria-disabled): a second press waits.
    if (this.geocoding) return;
    const text = this.combo.text.trim();
    if (!text) {
      this.combo.close();
      return this.o.onPoint(undefined, undefined);
    }
    const communes = matchCommunes(await this.communes(), text);
    if (communes[0] && !looksLikeAddress(text)) return this.combo.pick({ kind: 'commune', commune: communes[0] });
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
      if (first) this.combo.pick({ kind: 'address', address: first });
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

  private pick(s: Suggestion): void {
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
      if (abort.signal.aborted || value !== this.combo.text) return;
      const communes = this.combo.options.filter((s) => s.kind === 'commune');
      this.combo.options = [...communes, ...found.map((address) => ({ kind: 'address' as const, address }))];
      this.announce();
      this.host.requestUpdate();
    } catch (error) {
      if (!abort.signal.aborted && (error as { kind?: string }).kind !== 'aborted') this.o.onNotice(this.o.t().geocoderFailed);
    }
  }

  /** Suggestions appear in silence otherwise: say how many, and how to choose. */
  private announce(): void {
    const communes = this.combo.options.filter((s) => s.kind === 'commune').length;
    this.o.onAnnounce(this.o.t().suggestionsAnnounced(communes, this.combo.options.length - communes));
  }

  private cancel(): void {
    this.abort?.abort();
    clearTimeout(this.timer);
  }
}
