// <npt-finder-sheet>: a place's sheet, loaded with its code on the first opening (most visits only read
// the list). It renders into the finder's own shadow root (no shadow root of its own): its ids, labels and
// focus stay in one tree with the finder's, and the finder's styles apply. It keeps the copy-link message
// and the prescriber's note, which belongs to one beneficiary and one place: another place starts blank.
import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { OpeningHours, Place } from '@npt/contract';
import { define } from '@npt/ui';
import { VERSION } from '../generated/version.js';
import type { FinderStrings } from '../translations/strings.js';
import { NptSheetCloseEvent } from './events.js';
import { renderPlaceSheet } from './place-sheet.js';

/**
 * @tagname npt-finder-sheet
 * @summary A place's sheet inside `<npt-finder>` (internal).
 * @fires {NptSheetCloseEvent} npt-sheet-close - "Back to the list".
 */
export class NptFinderSheet extends LitElement {
  static version = VERSION;
  @property({ attribute: false }) place?: Place;
  @property({ attribute: false }) hours: OpeningHours | null = null;
  @property({ attribute: false }) distanceKm = NaN;
  @property({ attribute: false }) now = new Date();
  @property({ attribute: false }) prescriber = false;
  @property({ attribute: false }) t?: FinderStrings;
  @property({ attribute: false }) locale: 'fr' | 'en' = 'fr';
  /** The page URL with this place open, for "copy link". */
  @property({ attribute: false }) shareUrl = '';
  /** Each new value moves the focus to the sheet's title once rendered (opened from the list, not from the map). */
  @property({ attribute: false }) focusRequest = 0;
  @state() private note = '';
  @state() private copyMessage = '';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const before = changed.get('place');
    if (changed.has('place') && before && before.id !== this.place?.id) {
      this.note = '';
      this.copyMessage = '';
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('focusRequest') && this.focusRequest) this.querySelector<HTMLElement>('#sheet-title')?.focus();
  }

  override render() {
    if (!this.place || !this.t) return null;
    return renderPlaceSheet({
      t: this.t,
      locale: this.locale,
      place: this.place,
      hours: this.hours,
      distanceKm: this.distanceKm,
      now: this.now,
      prescriber: this.prescriber,
      note: this.note,
      copyMessage: this.copyMessage,
      onBack: () => this.dispatchEvent(new NptSheetCloseEvent()),
      onCopy: () => void this.copyLink(),
      onNote: (text) => (this.note = text),
      onPrint: () => void this.print(),
    });
  }

  private async copyLink(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.shareUrl);
      this.copyMessage = this.t!.sheetLinkCopied;
    } catch {
      this.copyMessage = this.t!.sheetCopyFailed;
    }
  }

  /** Prints the orientation sheet with the note (prescriber mode); its code loads on first use. */
  async print(print?: (w: Window) => void): Promise<HTMLIFrameElement | undefined> {
    if (!this.place || !this.t) return undefined;
    const { orientationSheetHtml, printHtml } = await import('./print-sheet.js');
    return printHtml(orientationSheetHtml(this.place, this.note, this.t, this.locale), print);
  }
}

define('npt-finder-sheet', NptFinderSheet);

declare global {
  interface HTMLElementTagNameMap {
    'npt-finder-sheet': NptFinderSheet;
  }
}
