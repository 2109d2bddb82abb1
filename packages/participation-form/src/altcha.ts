/** The ALTCHA widget's rules, shared by every form of the page. */
let sheet: CSSStyleSheet | undefined;

/**
 * Loads the `altcha` widget (when the page has not) with its French strings (English is built in; the
 * widget picks by its `language`), and gives `root` its styles: the widget draws in its own light DOM,
 * here inside our shadow root, while it puts its style sheet in the page's <head>, which does not reach
 * in. The same rules are adopted there, `:root` read as the host.
 */
export async function loadAltcha(root: ShadowRoot): Promise<void> {
  if (!customElements.get('altcha-widget')) await import('altcha');
  // @ts-expect-error altcha's package points this entry's types at a file it does not ship
  await import('altcha/i18n/fr-fr');
  const css = document.getElementById('altcha-css')?.textContent;
  if (!css) return;
  sheet ??= new CSSStyleSheet();
  if (!sheet.cssRules.length) sheet.replaceSync(css.replaceAll(':root', ':host'));
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
