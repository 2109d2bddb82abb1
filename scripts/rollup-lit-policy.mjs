// Every widget's CDN file bundles its own copy of Lit, and each copy asks for the Trusted Types policy
// "lit-html" when it starts. On a page that enforces `trusted-types lit-html` (without 'allow-duplicates'),
// the second request throws and that widget never starts. This rewrites Lit's request so that the widgets'
// copies create the policy once per page and share it (it is Lit's identity policy, the same in every copy).
// A host page's own Lit, loaded before, still holds the name: that page needs 'allow-duplicates' (README).
const POLICY = /(\w+)\.createPolicy\("lit-html",\{createHTML:(\w+)=>\2\}\)/;

export function sharedLitPolicy() {
  return {
    name: 'npt-shared-lit-policy',
    transform(code, id) {
      if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
      if (!POLICY.test(code)) this.error(`lit-html's Trusted Types policy was not found in ${id}: update scripts/rollup-lit-policy.mjs`);
      return { code: code.replace(POLICY, (call) => `(globalThis[Symbol.for("npt.lit-html-policy")]??=${call})`), map: null };
    },
  };
}
