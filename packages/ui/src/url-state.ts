/**
 * A widget's state in the page URL, so a result can be shared: each widget owns the query parameters
 * that start with its prefix (`sim.2024=…`) and leaves every other parameter and the hash of the host
 * page as they are. Uses history.replaceState: no navigation, no history entry per keystroke.
 */
export function readUrlParams(prefix: string, href: string = location.href): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of new URL(href).searchParams) {
    if (key.startsWith(prefix)) out[key.slice(prefix.length)] = value;
  }
  return out;
}

/** The URL with the prefixed parameters replaced by `values` (empty or undefined values are removed). */
export function withUrlParams(prefix: string, values: Record<string, string | undefined>, href: string = location.href): string {
  const url = new URL(href);
  for (const key of [...url.searchParams.keys()]) if (key.startsWith(prefix)) url.searchParams.delete(key);
  for (const [key, value] of Object.entries(values)) if (value) url.searchParams.set(prefix + key, value);
  return url.toString();
}

export function writeUrlParams(prefix: string, values: Record<string, string | undefined>): void {
  const next = withUrlParams(prefix, values);
  if (next !== location.href) history.replaceState(history.state, '', next);
}
