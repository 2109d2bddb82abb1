// IBM Equal Access (accessibility-checker-engine) on a widget in the browser tests, beside axe: its rules
// differ (ARIA, labels, focus order, contrast in shadow roots) and an RGAA audit runs both.
// `await expectEqualAccess(el)` fails the test with the violations found inside the element.

interface AceResult {
  ruleId: string;
  reasonId: string;
  value: [string, string];
  path: { dom: string; aria: string };
  message: string;
  snippet: string;
}
interface AceReport {
  results: AceResult[];
}
interface Ace {
  Checker: new () => { check(node: Node, policies: string[]): Promise<{ results: AceResult[] } | { report: AceReport }> };
}

let loading: Promise<Ace> | undefined;

/** Loads the engine's browser build (a classic script defining `ace`) once per test page. */
function loadAce(): Promise<Ace> {
  loading ??= new Promise<Ace>((resolve, reject) => {
    const existing = (globalThis as { ace?: Ace }).ace;
    if (existing) return resolve(existing);
    const script = document.createElement('script');
    script.src = new URL('/node_modules/accessibility-checker-engine/ace.js', location.href).href;
    script.onload = () => resolve((globalThis as unknown as { ace: Ace }).ace);
    script.onerror = () => reject(new Error('accessibility-checker-engine could not be loaded'));
    document.head.append(script);
  });
  return loading;
}

export interface EqualAccessOptions {
  /** Rule ids to leave out, each with a reason in the calling test. */
  ignoredRules?: string[];
  /** Also fail on "potential violations" (the engine's "needs review"); off by default. */
  potential?: boolean;
}

/**
 * The engine keeps what it computed (names, visibility) on each node and clears it from the checked root
 * only, not inside shadow roots: a second check of a widget would reuse the first state's answers.
 */
function clearAceCache(node: Node): void {
  delete (node as { aceCache?: unknown }).aceCache;
  if (node instanceof Element && node.shadowRoot) clearAceCache(node.shadowRoot);
  for (let child = node.firstChild; child; child = child.nextSibling) clearAceCache(child);
}

/** The node at one of the engine's paths ("/html[1]/body[1]/x-el[1]/#document-fragment[1]/p[2]"), shadow roots included. */
function nodeAt(path: string): Node | undefined {
  let node: Node | undefined = document;
  for (const step of path.split('/').filter(Boolean)) {
    const [, name, nth] = /^(.+)\[(\d+)\]$/.exec(step) ?? [];
    if (!node || !name) return undefined;
    if (name === 'html') {
      // The engine counts the doctype among the document's children.
      node = document.documentElement;
      continue;
    }
    if (name === '#document-fragment') {
      node = (node as Element).shadowRoot ?? undefined;
      continue;
    }
    node = [...node.childNodes].filter((c) => c.nodeName.toLowerCase() === name.toLowerCase())[Number(nth) - 1];
  }
  return node;
}

/**
 * Whether the browser renders the node. The engine takes the content of a closed <details> for shown
 * (and its labels for missing): such content reaches nobody until opened, when the test checks again.
 */
function rendered(path: string): boolean {
  const node = nodeAt(path);
  return !(node instanceof Element) || typeof node.checkVisibility !== 'function' || node.checkVisibility();
}

/** The violations IBM Equal Access finds in `el` (its shadow roots included), as readable lines. */
export async function equalAccessViolations(el: Element, options: EqualAccessOptions = {}): Promise<string[]> {
  const ace = await loadAce();
  clearAceCache(el);
  const out = await new ace.Checker().check(el, ['IBM_Accessibility']);
  const results = 'report' in out ? out.report.results : out.results;
  const levels = options.potential ? ['FAIL', 'POTENTIAL'] : ['FAIL'];
  return results
    .filter((r) => r.value[0] === 'VIOLATION' && levels.includes(r.value[1]) && !options.ignoredRules?.includes(r.ruleId))
    .filter((r) => rendered(r.path.dom))
    .map((r) => `${r.ruleId}: ${r.message} at ${r.path.dom} — ${r.snippet}`);
}

/** Fails the test with IBM Equal Access's violations inside `el`. */
export async function expectEqualAccess(el: Element, options?: EqualAccessOptions): Promise<void> {
  const violations = await equalAccessViolations(el, options);
  if (violations.length) throw new Error(`IBM Equal Access found ${violations.length} violation(s):\n${violations.join('\n')}`);
}
