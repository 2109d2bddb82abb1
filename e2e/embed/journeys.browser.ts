// Runs INSIDE the host page, in any engine (evaluated through Playwright, WebDriver BiDi or classic
// WebDriver), so that one journey per widget serves the whole matrix. It acts through the DOM as a
// script would (values, input/change events, clicks, requestSubmit) and checks what a person would see.
// Bundled by esbuild into an IIFE (see site.ts); exposes globalThis.nptCheck.

const text = (n: Node | null | undefined): string =>
  (n?.textContent ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

async function until<T>(what: string, probe: () => T | null | undefined | false, timeout = 20_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function type(input: HTMLInputElement, value: string): void {
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: value }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The field a person finds by its label's words. */
function fieldByLabel(root: ShadowRoot, words: RegExp): HTMLInputElement | null {
  for (const label of root.querySelectorAll('label')) {
    if (!words.test(text(label))) continue;
    const field = label.htmlFor ? root.getElementById(label.htmlFor) : label.querySelector('input');
    if (field) return field as HTMLInputElement;
  }
  return null;
}

/** Every element under a root, through the shadow roots of the widget's inner components. */
function* deep(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot);
  }
}
const deepFind = <T extends HTMLElement = HTMLElement>(root: ParentNode, test: (el: Element) => boolean): T | null => {
  for (const el of deep(root)) if (test(el)) return el as T;
  return null;
};
const buttonNamed = (root: ParentNode, words: RegExp) =>
  deepFind<HTMLButtonElement>(root, (e) => e.localName === 'button' && words.test(text(e)));
/** A field by its label's words, in whichever shadow root holds it. */
function deepField(root: ParentNode, words: RegExp): HTMLInputElement | null {
  const label = deepFind<HTMLLabelElement>(root, (e) => e.localName === 'label' && words.test(text(e)));
  if (!label) return null;
  return ((label.htmlFor && (label.getRootNode() as ShadowRoot).getElementById(label.htmlFor)) ||
    label.querySelector('input')) as HTMLInputElement | null;
}
const focused = (el: Element) => (el.getRootNode() as ShadowRoot | Document).activeElement === el;

const widget = (tag: string, index = 0): HTMLElement => {
  const el = document.querySelectorAll<HTMLElement>(tag)[index];
  if (!el) throw new Error(`<${tag}> is not in the page`);
  return el;
};

/** The key journey of each widget: what a person must be able to do on any host page. */
const journeys: Record<string, (el: HTMLElement) => Promise<string>> = {
  async 'npt-funding-simulator'(el) {
    const root = await until('the simulator to render', () => el.shadowRoot?.querySelector('form') && el.shadowRoot);
    const field = await until('the 2024 field', () => fieldByLabel(root, /2024/));
    type(field, '9000');
    const row = await until('the 2024 amount', () => {
      const r = text(root.querySelector('tbody tr'));
      return /800 000 €/.test(r) && r;
    });
    type(field, 'douze');
    root.querySelector('form')!.requestSubmit();
    const summary = await until('the error summary', () => root.querySelector<HTMLElement>('[part="error-summary"]'));
    await until('the focus on the error summary', () => root.activeElement === summary);
    type(field, '9000');
    return `2024: ${row}; "douze" → ${text(summary)}`;
  },

  async 'npt-participation-form'(el) {
    const root = await until(
      'the first step',
      () => el.shadowRoot && deepFind(el.shadowRoot, (e) => e.classList.contains('step-heading')) && el.shadowRoot,
    );
    // A draft from an earlier visit (same browser profile) is set aside.
    buttonNamed(root, /^Recommencer/)?.click();
    const openedAt = Date.now();
    const next = async (step: RegExp) => {
      (await until('the Continuer button', () => buttonNamed(root, /^Continuer/))).click();
      await until(`the step ${step}`, () => step.test(text(deepFind(root, (e) => e.classList.contains('step-heading')))));
    };
    (await until('the Continuer button', () => buttonNamed(root, /^Continuer/))).click();
    const summary = await until('the error summary', () => deepFind(root, (e) => e.getAttribute('part') === 'error-summary'));
    await until('the focus on the error summary', () => focused(summary));
    const commune = (await until('the commune field', () => deepField(root, /^Commune/)))!;
    type(commune, 'montreuil');
    (
      await until('the Montreuil suggestion', () =>
        deepFind(root, (e) => e.getAttribute('role') === 'option' && /^Montreuil \(93100\)/.test(text(e))),
      )
    ).click();
    await next(/Étape 2/);
    const contact: [RegExp, string][] = [
      [/^Nom du signataire/, 'Mathieu Hanotin'],
      [/^Fonction du signataire/, 'Maire'],
      [/^Nom de la personne à contacter/, 'Awa Diallo'],
      [/^Fonction de la personne à contacter/, 'Cheffe de projet inclusion numérique'],
      [/^Adresse e-mail/, 'awa.diallo@example.org'],
      [/^Téléphone/, '01 49 33 66 66'],
    ];
    for (const [words, value] of contact) type(deepField(root, words)!, value);
    await next(/Étape 3/);
    deepField(root, /^Lieux de médiation numérique/)!.click();
    await next(/Étape 4/);
    type(deepField(root, /^Description du projet/)!, 'Ouvrir un lieu de médiation à la médiathèque.');
    type(deepField(root, /^Coût estimé du projet/)!, '120 000');
    await next(/Étape 5/);
    await next(/Étape 6/);
    deepField(root, /^J’ai pris connaissance de la notice/)!.click();
    // The anti-spam minimum fill time (3 s): a person takes longer.
    await new Promise((r) => setTimeout(r, Math.max(0, 3200 - (Date.now() - openedAt))));
    buttonNamed(root, /^Envoyer la candidature/)!.click();
    const receipt = await until('the receipt', () => deepFind(root, (e) => e.getAttribute('part') === 'success'), 30_000);
    return `step 1 empty → ${text(summary).slice(0, 50)}…; sent: ${text(receipt.querySelector('.reference') ?? receipt).slice(0, 60)}`;
  },

  async 'npt-webinar-registration'(el) {
    const root = await until(
      'the sessions',
      () => el.shadowRoot && deepFind(el.shadowRoot, (e) => e.matches('li.session')) && el.shadowRoot,
    );
    const register = await until('a register button', () => buttonNamed(root, /^S’inscrire/));
    const session = text(register.closest('li.session')?.querySelector('h3, h4'));
    register.click();
    const submitWords = /^(Confirmer mon inscription|M’inscrire sur la liste d’attente)/;
    const submit = await until('the registration form', () => buttonNamed(root, submitWords));
    const shownAt = Date.now();
    submit.click();
    const summary = await until('the error summary', () => deepFind(root, (e) => e.getAttribute('part') === 'error-summary'));
    await until('the focus on the error summary', () => focused(summary));
    const fields: [RegExp, string][] = [
      [/^Prénom/, 'Camille'],
      [/^Nom/, 'Martin'],
      [/^Adresse e-mail/, `camille.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@example.fr`],
      [/^Organisation ou commune/, 'Montreuil'],
    ];
    for (const [words, value] of fields) type((await until(`the field ${words}`, () => deepField(root, words)))!, value);
    // The commune is chosen from the suggestions, as a person does.
    (
      await until('the Montreuil suggestion', () =>
        deepFind(root, (e) => e.getAttribute('role') === 'option' && /^Montreuil/.test(text(e))),
      )
    ).click();
    deepField(root, /^Agent ou agente d’une commune/)!.click();
    deepField(root, /^J’accepte que la Métropole/)!.click();
    // The anti-spam minimum fill time (3 s): a person takes longer.
    await new Promise((r) => setTimeout(r, Math.max(0, 3100 - (Date.now() - shownAt))));
    buttonNamed(root, submitWords)!.click();
    const done = await until('the confirmation', () =>
      deepFind(
        root,
        (e) => /^h[1-6]$/.test(e.localName) && /Votre inscription est confirmée|Vous êtes sur la liste d’attente/.test(text(e)),
      ),
    );
    return `${session}: empty submit → ${text(summary).slice(0, 60)}…; then ${text(done)}`;
  },

  async 'npt-finder'(el) {
    const root = await until('the list of places', () => el.shadowRoot?.querySelector('ol.list li.result') && el.shadowRoot);
    const heading = text(root.querySelector('#results-heading'));
    const link = root.querySelector<HTMLAnchorElement>('li.result a')!;
    const name = text(link);
    link.click();
    const title = await until('the place sheet', () => root.querySelector('#sheet-title'));
    if (text(title) !== name) throw new Error(`the sheet shows "${text(title)}", not "${name}"`);
    root.querySelector<HTMLButtonElement>('[part~="back"]')!.click();
    await until('the list again', () => root.querySelector('ol.list li.result'));
    return `${heading}; sheet "${name}" opened and closed`;
  },
};

/** Elements whose look says whether a page's CSS got in: headings, labels, fields, buttons, links, cells. */
const PROBES = ['h2', 'h3', 'label', 'input', 'button', 'a', 'th', 'td', 'li', 'p'];
const PROPS = [
  'display',
  'visibility',
  'font-family',
  'font-size',
  'font-weight',
  'line-height',
  'letter-spacing',
  'text-transform',
  'color',
  'background-color',
  'box-sizing',
  'border-top-style',
  'outline-style',
  'opacity',
  'width',
] as const;
const styleOf = (el: Element) => {
  const cs = getComputedStyle(el);
  return Object.fromEntries(
    PROPS.map((p) => [p, p === 'width' ? (el.getBoundingClientRect().width > 2 ? 'visible' : 'collapsed') : cs.getPropertyValue(p)]),
  );
};

const check = {
  journey: (tag: string, index = 0) => journeys[tag]!(widget(tag, index)),
  hasJourney: (tag: string) => tag in journeys,

  /** The finder keeps its list and says why when its map cannot show (no WebGL, blocked worker, missing style…). */
  async mapFallback(index = 0): Promise<string> {
    const el = widget('npt-finder', index);
    const root = await until('the list of places', () => el.shadowRoot?.querySelector('ol.list li.result') && el.shadowRoot);
    const notice = await until(
      'the "map unavailable" notice',
      () => !root.querySelector('[part="map"]') && text(root.querySelector('[part="notice"]')),
    );
    if (!root.querySelector('ol.list li.result')) throw new Error('the list went away with the map');
    return notice;
  },

  /** Computed styles of the first probe elements inside a widget's shadow root: equal on every host page when nothing leaks in. */
  insideStyles(tag: string, index = 0): Record<string, Record<string, string>> {
    const root = widget(tag, index).shadowRoot!;
    const out: Record<string, Record<string, string>> = {};
    for (const sel of PROBES) {
      const el = root.querySelector(sel);
      if (el) out[sel] = styleOf(el);
    }
    return out;
  },

  /** Waits until every npt-* element of the page is defined and rendered something. */
  async rendered(tags: string[]): Promise<string[]> {
    return Promise.all(
      tags.map(async (tag) => {
        await until(`<${tag}> to be defined`, () => customElements.get(tag));
        const el = await until(`<${tag}> in the page`, () => document.querySelector<HTMLElement>(tag));
        await until(`<${tag}> to render`, () => el.shadowRoot && el.shadowRoot.childElementCount > 0);
        return tag;
      }),
    );
  },

  /** axe-core (loaded into the page by the test) on every widget: violations as "rule: target" lines. */
  async axe(tags: string[]): Promise<string[]> {
    const axe = (
      globalThis as unknown as {
        axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
      }
    ).axe;
    const out: string[] = [];
    for (const tag of tags) {
      const result = await axe.run(widget(tag), {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        resultTypes: ['violations'],
      });
      for (const v of result.violations) out.push(`${tag} ${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
    }
    return out;
  },
};

globalThis.nptCheck = check;

/** What the tests call in the page. */
export type NptCheck = typeof check;
