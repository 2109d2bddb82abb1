// After the CDN build: the release folders dist/cdn/<version>/ (immutable once published) and
// dist/cdn/latest/ (moves with every release), each a copy of the build with:
//  - integrity.json: the Subresource Integrity hash (sha384) of EVERY file, entries, lazy chunks, the map's
//    worker and the loader, plus per widget its entry, the chunks it loads at once and those it loads on
//    demand (from meta.json). Chunk names carry a content hash, so a file's name never points at other bytes;
//    a page that wants the lazy chunks checked too lists them in an import map's "integrity" section
//    (the configurator writes it), which browsers apply to import() and to static imports alike.
//  - manifests/<tag>.json: each widget's custom-elements.json, and manifests/theme.json the theme tokens all
//    widgets share, read by the configurator (demo/configurateur.html).
// dist/cdn/ itself keeps the unversioned files, for the demo and existing links.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const root = join(import.meta.dirname, '..');
const cdn = join(root, 'dist', 'cdn');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const releaseDirs = new Set([version, 'latest']);
if (!existsSync(join(cdn, 'meta.json'))) {
  console.error('dist/cdn/meta.json is missing: run the rollup build first.');
  process.exit(1);
}

/** Files of the build, relative to dist/cdn, without the release folders themselves. */
const files = readdirSync(cdn, { recursive: true })
  .map(String)
  .filter((f) => !releaseDirs.has(f.split(sep)[0]) && f !== 'meta.json' && statSync(join(cdn, f)).isFile())
  .map((f) => f.split(sep).join('/'))
  .sort();
const sri = (file) =>
  `sha384-${createHash('sha384')
    .update(readFileSync(join(cdn, file)))
    .digest('base64')}`;
const meta = JSON.parse(readFileSync(join(cdn, 'meta.json'), 'utf8'));

const manifests = {};
for (const tag of Object.keys(meta)) {
  const manifest = join(root, 'packages', tag.replace(/^npt-/, ''), 'custom-elements.json');
  if (tag !== 'npt' && existsSync(manifest)) manifests[tag] = manifest;
}

// The theme tokens every widget shares (documented once, in the UI kit), for the configurator's colours.
const themeSource = readFileSync(join(root, 'packages', 'ui', 'src', 'theme.styles.ts'), 'utf8');
const themeTokens = [...themeSource.matchAll(/@cssprop \[(--[\w-]+)=([^\]]*)\] (.*)/g)].map(([, name, value, description]) => ({
  name,
  default: value,
  description,
}));

const integrity = {
  version,
  algorithm: 'sha384',
  loader: meta.npt ? { file: 'npt.js', integrity: sri('npt.js') } : undefined,
  widgets: Object.fromEntries(
    Object.entries(meta)
      .filter(([tag]) => tag !== 'npt')
      .sort()
      .map(([tag, m]) => [
        tag,
        {
          file: m.entry,
          integrity: sri(m.entry),
          static: m.static.filter((f) => f !== m.entry),
          lazy: m.lazy,
          assets: m.assets ?? [],
          manifest: manifests[tag] ? `manifests/${tag}.json` : undefined,
        },
      ]),
  ),
  files: Object.fromEntries(files.map((f) => [f, sri(f)])),
};

for (const dir of releaseDirs) {
  const out = join(cdn, dir);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'manifests'), { recursive: true });
  for (const f of files) cpSync(join(cdn, f), join(out, f));
  for (const [tag, file] of Object.entries(manifests)) cpSync(file, join(out, 'manifests', `${tag}.json`));
  writeFileSync(join(out, 'manifests', 'theme.json'), `${JSON.stringify({ cssProperties: themeTokens }, null, 2)}\n`);
  writeFileSync(join(out, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);
}
// `--readme`: the release's hashes into the README's embed section, for a webmaster who pins a version.
if (process.argv.includes('--readme')) {
  const readme = join(root, 'README.md');
  const rows = [
    ...(integrity.loader ? [['npt.js', integrity.loader.integrity]] : []),
    ...Object.values(integrity.widgets).map((w) => [w.file, w.integrity]),
  ];
  const table = ['| file | `integrity` |', '|---|---|', ...rows.map(([f, h]) => `| \`${version}/${f}\` | \`${h}\` |`)].join('\n');
  const text = readFileSync(readme, 'utf8');
  const marked = /(<!-- embed:sri:start -->)[\s\S]*?(<!-- embed:sri:end -->)/;
  if (!marked.test(text)) throw new Error('README.md has no <!-- embed:sri:start --> … <!-- embed:sri:end --> block');
  writeFileSync(
    readme,
    text.replace(marked, (_m, a, b) => `${a}\n${table}\n${b}`),
  );
}
console.log(
  `CDN release ${version}: ${files.length} files in ${relative(root, join(cdn, version))}/ and latest/, hashes in integrity.json`,
);
