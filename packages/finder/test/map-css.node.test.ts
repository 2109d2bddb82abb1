// The map's shadow root carries maplibre's own stylesheet as a module (src/map/maplibre-css.ts), because
// neither the test runner nor the npm build can import a .css file. This test keeps that module equal to
// the installed maplibre-gl's stylesheet; NPT_UPDATE_MAPLIBRE_CSS=1 rewrites it after an upgrade.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const pkgJson = require.resolve('maplibre-gl/package.json');
const version: string = JSON.parse(readFileSync(pkgJson, 'utf8')).version;
const css = readFileSync(new URL('dist/maplibre-gl.css', `file://${pkgJson}`), 'utf8').trim();
const target = fileURLToPath(new URL('../src/map/maplibre-css.ts', import.meta.url));

const expected = `// maplibre-gl ${version}'s stylesheet (BSD-3-Clause, (c) MapLibre contributors), for the map's shadow root.
// Generated from node_modules/maplibre-gl/dist/maplibre-gl.css: do not edit; after a maplibre-gl upgrade run
// NPT_UPDATE_MAPLIBRE_CSS=1 node --conditions=npt-source --import tsx --test packages/finder/test/map-css.node.test.ts
import { unsafeCSS } from 'lit';

/** maplibre-gl's own CSS (controls, attribution, cooperative-gesture hint), scoped to the map's shadow root. */
export const maplibreStyles = unsafeCSS(${JSON.stringify(css)});
`;

test("the map's copy of maplibre's stylesheet matches the installed maplibre-gl", () => {
  if (process.env.NPT_UPDATE_MAPLIBRE_CSS) writeFileSync(target, expected);
  const actual = readFileSync(target, 'utf8');
  assert.ok(
    actual === expected,
    `src/map/maplibre-css.ts is out of date with maplibre-gl ${version}: rerun with NPT_UPDATE_MAPLIBRE_CSS=1`,
  );
  // Styles the element relies on: the cooperative-gesture hint and the attribution.
  for (const selector of ['.maplibregl-cooperative-gesture-screen', '.maplibregl-ctrl-attrib', '.maplibregl-canvas']) {
    assert.ok(css.includes(selector), `maplibre's CSS no longer has ${selector}`);
  }
});
