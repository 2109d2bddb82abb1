// The place sheet as the finder holds it: its code loaded on the first opening, the focus handed to it
// when it opens from the list, and printing through it.
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { PlaceIndex, SearchResult } from '@npt/contract';
import { withUrlParams } from '@npt/ui';
import { encodeState, type FinderState } from '../state.js';
import type { FinderStrings } from '../translations/strings.js';
import type { NptSheetCloseEvent } from './events.js';

export interface SheetSlotView {
  t: FinderStrings;
  locale: 'fr' | 'en';
  index: PlaceIndex;
  result: SearchResult;
  now: Date;
  /** Position of the open place in the index. */
  selected: number;
  prescriber: boolean;
  state: FinderState;
  /** The finder's URL prefix: "copy link" copies the page's URL with this sheet open. */
  urlPrefix: string;
  onClose: () => void;
}

export class SheetSlot {
  /** Raised when the sheet should take the focus once rendered (it may still be loading). */
  private focusRequest = 0;
  private loading?: Promise<unknown>;

  constructor(private readonly host: ReactiveControllerHost & { renderRoot: ParentNode }) {}

  /** The sheet's code, loaded on the first opening (most visits only read the list). */
  load(): void {
    this.loading ??= import('./npt-finder-sheet.js');
  }

  /** The next opening moves the focus to the sheet's title. */
  focusOnOpen(): void {
    this.focusRequest++;
  }

  render(v: SheetSlotView): TemplateResult {
    return html`<npt-finder-sheet
      .t=${v.t}
      .locale=${v.locale}
      .place=${v.index.places[v.selected]}
      .hours=${v.index.hours[v.selected] ?? null}
      .distanceKm=${v.result.distances[v.selected]!}
      .now=${v.now}
      .prescriber=${v.prescriber}
      .shareUrl=${withUrlParams(v.urlPrefix, encodeState(v.state))}
      .focusRequest=${this.focusRequest}
      @npt-sheet-close=${(e: NptSheetCloseEvent) => (e.stopPropagation(), v.onClose())}
    ></npt-finder-sheet>`;
  }

  /** Resolves once an opened sheet has its code and has rendered. */
  async ready(): Promise<void> {
    if (!this.loading) return;
    await this.loading;
    await this.host.updateComplete;
    await this.host.renderRoot.querySelector('npt-finder-sheet')?.updateComplete;
  }

  async print(print?: (w: Window) => void): Promise<HTMLIFrameElement | undefined> {
    return this.host.renderRoot.querySelector('npt-finder-sheet')?.print(print);
  }
}
