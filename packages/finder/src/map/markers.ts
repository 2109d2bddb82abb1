// The keyboard and screen-reader face of the map: one real <button> per marker on screen (cluster,
// place, or several places at one point), laid over the WebGL circles that draw them. The buttons form
// one tab stop (roving tabindex): Tab enters and leaves the group, the arrow keys move in reading order,
// Enter or Space activates. They sit in maplibre's canvas container, so a drag that starts on a marker
// still pans the map and the wheel still meets the cooperative-gesture rule.
import { readingOrder } from './geo.js';

/** A marker on screen. */
export interface MarkerItem {
  /** Stable across rebuilds, so focus stays on "the same" marker while the map moves. */
  key: string;
  kind: 'place' | 'cluster' | 'stack';
  lngLat: [number, number];
  /** Accessible name. */
  label: string;
  /** Visible text (a cluster's count). */
  text?: string;
  /** Place ids behind the marker (one for a place). */
  ids: string[];
  clusterId?: number;
  count: number;
}

type Project = (lngLat: [number, number]) => { x: number; y: number };

export class MarkerLayer {
  /** The overlay holding the buttons; the caller puts it in the map. */
  readonly element: HTMLDivElement;
  private buttons = new Map<string, HTMLButtonElement>();
  private items = new Map<string, MarkerItem>();
  private order: string[] = [];
  private tabKey: string | null = null;

  constructor(
    private readonly onActivate: (item: MarkerItem, button: HTMLButtonElement) => void,
    /** Where focus goes when the focused marker disappears and no other is left. */
    private readonly fallbackFocus: () => HTMLElement | null,
  ) {
    this.element = document.createElement('div');
    this.element.className = 'npt-markers';
    this.element.setAttribute('role', 'toolbar');
    this.element.addEventListener('keydown', (e) => this.onKeydown(e));
    this.element.addEventListener('click', (e) => {
      const button = (e.target as Element).closest('button');
      const item = button && this.items.get(button.dataset.key ?? '');
      if (button && item) {
        this.tabKey = item.key;
        this.syncTabindex();
        this.onActivate(item, button);
      }
    });
    this.element.addEventListener('focusin', (e) => {
      const key = (e.target as HTMLElement).dataset?.key;
      if (key && key !== this.tabKey) {
        this.tabKey = key;
        this.syncTabindex();
      }
    });
  }

  set label(value: string) {
    this.element.setAttribute('aria-label', value);
  }

  /** Replaces the markers, reusing the buttons of markers still on screen (focus stays put). */
  update(items: readonly MarkerItem[], project: Project, selectedId: string | null): void {
    const positioned = readingOrder(items.map((item) => ({ item, ...project(item.lngLat) })));
    const active = (this.element.getRootNode() as Document | ShadowRoot).activeElement;
    const focusedKey = active instanceof HTMLElement && this.element.contains(active) ? (active.dataset.key ?? null) : null;
    const next = new Map<string, HTMLButtonElement>();
    this.items = new Map(positioned.map(({ item }) => [item.key, item]));
    for (const { item, x, y } of positioned) {
      let button = this.buttons.get(item.key);
      if (!button) {
        button = document.createElement('button');
        button.type = 'button';
        button.dataset.key = item.key;
      }
      button.className = `npt-marker npt-marker--${item.kind}`;
      button.setAttribute('aria-label', item.label);
      button.textContent = item.text ?? '';
      this.place(button, x, y);
      next.set(item.key, button);
    }
    const lostFocus = focusedKey !== null && !next.has(focusedKey);
    for (const [key, button] of this.buttons) if (!next.has(key)) button.remove();
    this.buttons = next;
    this.order = positioned.map(({ item }) => item.key);
    // Reading order in the DOM too, so a screen reader's browse mode meets them in the same order.
    // Moving a focused node blurs it: touch the DOM only when the order changed, and give focus back.
    const wanted = this.order.map((k) => next.get(k)!);
    const children = this.element.children;
    if (children.length !== wanted.length || wanted.some((b, i) => children[i] !== b)) {
      this.element.replaceChildren(...wanted);
      if (focusedKey && next.has(focusedKey)) next.get(focusedKey)!.focus({ preventScroll: true });
    }
    if (!this.tabKey || !next.has(this.tabKey)) this.tabKey = this.order[0] ?? null;
    this.setSelected(selectedId);
    this.syncTabindex();
    if (lostFocus) (this.tabKey ? next.get(this.tabKey)! : this.fallbackFocus())?.focus({ preventScroll: true });
  }

  /** Follows the map while it moves (called on every frame of a pan or zoom). */
  reposition(project: Project): void {
    for (const [key, button] of this.buttons) {
      const item = this.items.get(key)!;
      const { x, y } = project(item.lngLat);
      this.place(button, x, y);
    }
  }

  /** Marks the marker of the selected place (`aria-current`), drawn larger by the map's style. */
  setSelected(id: string | null): void {
    for (const [key, button] of this.buttons) {
      const item = this.items.get(key)!;
      if (id !== null && item.ids.includes(id)) button.setAttribute('aria-current', 'true');
      else button.removeAttribute('aria-current');
    }
  }

  /** The button of a marker, by key. */
  button(key: string): HTMLButtonElement | undefined {
    return this.buttons.get(key);
  }

  /** The markers currently on screen, in keyboard order. */
  get current(): MarkerItem[] {
    return this.order.map((k) => this.items.get(k)!);
  }

  private place(button: HTMLButtonElement, x: number, y: number): void {
    button.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px) translate(-50%, -50%)`;
  }

  private syncTabindex(): void {
    for (const [key, button] of this.buttons) button.tabIndex = key === this.tabKey ? 0 : -1;
  }

  private onKeydown(e: KeyboardEvent): void {
    const key = (e.target as HTMLElement).dataset?.key;
    if (!key || e.altKey || e.ctrlKey || e.metaKey) return;
    const i = this.order.indexOf(key);
    let to: number;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') to = Math.min(i + 1, this.order.length - 1);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') to = Math.max(i - 1, 0);
    else if (e.key === 'Home') to = 0;
    else if (e.key === 'End') to = this.order.length - 1;
    else return;
    // Otherwise maplibre's keyboard handler would pan the map under the person's focus.
    e.preventDefault();
    e.stopPropagation();
    this.tabKey = this.order[to]!;
    this.syncTabindex();
    this.buttons.get(this.tabKey)!.focus();
  }
}
