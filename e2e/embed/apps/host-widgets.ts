/** A widget as a host app mounts it: from the page URL (?widgets=…), written by the tests' widget table. */
export interface HostWidget {
  tag: string;
  file: string;
  /** Attributes, as in HTML. */
  attrs?: Record<string, string>;
  /** Properties the framework sets on the element (React 19 natively, Vue with the `.` prefix). */
  props?: Record<string, unknown>;
  /** An event the framework listens to, fired by the widget's key journey. */
  event?: string;
}

interface NptHost {
  widgets(): HostWidget[];
  record(tag: string, type: string): void;
}
export const host = (window as unknown as { nptHost: NptHost }).nptHost;
