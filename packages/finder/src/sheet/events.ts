/** The place sheet's "back to the list" was chosen (internal to the finder: the finder then fires `npt-place-select` with `id: null`). */
export class NptSheetCloseEvent extends Event {
  static readonly type = 'npt-sheet-close';
  constructor() {
    super(NptSheetCloseEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'npt-sheet-close': NptSheetCloseEvent;
  }
}
