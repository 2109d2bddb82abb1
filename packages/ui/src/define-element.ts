/**
 * Registers a custom element once. Two copies of a widget's script on one page (a CMS block and a
 * theme both adding it, or two versions) must not throw: the first registration wins, and a warning says
 * so when the versions differ.
 */
export function define(tag: string, ctor: CustomElementConstructor & { version?: string }): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing !== ctor && existing.version !== ctor.version) {
    console.warn(
      `<${tag}> is already defined (version ${existing.version ?? 'unknown'}); this copy (version ${ctor.version ?? 'unknown'}) is ignored. Load the widget's script once per page.`,
    );
  }
}
