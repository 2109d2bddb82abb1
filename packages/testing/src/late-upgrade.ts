let count = 0;

/**
 * An element given properties and put in the page before its tag is defined, then defined: what a framework
 * does when it renders `<npt-…>` before the loader has fetched the widget (Vue, a server-rendered page). The
 * properties shadow the class's accessors until Lit takes them back at the first update; a widget that reads
 * one earlier (constructor, connectedCallback, a controller's hostConnected) sees the default instead.
 * A subclass under a fresh tag, since the real tag is already defined by the test's imports.
 */
export async function upgradedLate<T extends HTMLElement & { updateComplete: Promise<boolean> }>(
  widget: CustomElementConstructor,
  properties: Partial<T>,
  parent: Element,
): Promise<T> {
  const tag = `npt-late-${++count}-${Date.now().toString(36)}`;
  const el = document.createElement(tag) as T;
  Object.assign(el, properties);
  parent.append(el);
  customElements.define(tag, class extends widget {});
  await el.updateComplete;
  return el;
}
