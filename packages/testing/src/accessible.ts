// axe on a widget in the browser tests: `await expectAccessible(el)` in every state a test reaches.
// @open-wc/testing is loaded on first use, so that node tests can import this package.

/** Fails the test with axe's violations when `el` (and its shadow roots) is not accessible. */
export async function expectAccessible(el: Element, options?: { ignoredRules?: string[] }): Promise<void> {
  const { expect } = await import('@open-wc/testing');
  await expect(el).to.be.accessible(options);
}
