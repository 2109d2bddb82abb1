// Writes each widget's attributes, events, parts and custom properties into its package's README.md (or
// the root one), from the custom-elements.json manifests (npm run build makes them), between
// <!-- api:<tag>:start --> and <!-- api:<tag>:end --> markers. Run: npm run docs.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const cell = (s) =>
  String(s ?? '')
    .replace(/\s+/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();

// The theme tokens every widget shares, from the JSDoc of packages/ui/src/theme.styles.ts.
const themeSource = readFileSync(join(root, 'packages/ui/src/theme.styles.ts'), 'utf8');
const themeTokens = [...themeSource.matchAll(/@cssprop \[(--[\w-]+)=([^\]]*)\] (.*)/g)].map(([, name, def, desc]) => ({
  name,
  default: def,
  description: desc,
}));

function tables(d) {
  const out = [];
  const attrs = (d.attributes ?? []).filter((a) => a.name);
  if (attrs.length) {
    out.push('| attribute | property | type | default | description |', '|---|---|---|---|---|');
    for (const a of attrs)
      out.push(`| \`${a.name}\` | \`${a.fieldName ?? ''}\` | ${cell(a.type?.text)} | ${cell(a.default)} | ${cell(a.description)} |`);
    out.push('');
  }
  const events = (d.events ?? []).filter((e) => e.name);
  if (events.length) {
    out.push('| event | description |', '|---|---|');
    for (const e of events) out.push(`| \`${e.name}\` | ${cell(e.description)} |`);
    out.push('');
  }
  if (d.cssParts?.length) {
    out.push('| part | description |', '|---|---|');
    for (const p of d.cssParts) out.push(`| \`${p.name}\` | ${cell(p.description)} |`);
    out.push('');
  }
  const props = new Map([...themeTokens, ...(d.cssProperties ?? [])].map((p) => [p.name, p]));
  out.push('| custom property | default | description |', '|---|---|---|');
  for (const p of props.values()) out.push(`| \`${p.name}\` | \`${cell(p.default)}\` | ${cell(p.description)} |`);
  return out.join('\n');
}

// The tables live in each package's README (what npm shows), or in the root README for a package without one.
const readmes = [
  ...readdirSync(join(root, 'packages')).map((dir) => join(root, 'packages', dir, 'README.md')),
  join(root, 'README.md'),
].filter((file) => existsSync(file));
const texts = new Map(readmes.map((file) => [file, readFileSync(file, 'utf8')]));

for (const dir of readdirSync(join(root, 'packages'))) {
  const file = join(root, 'packages', dir, 'custom-elements.json');
  if (!existsSync(file)) continue;
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      if (!d.tagName) continue;
      const start = `<!-- api:${d.tagName}:start -->`;
      const end = `<!-- api:${d.tagName}:end -->`;
      for (const [readme, text] of texts) {
        const i = text.indexOf(start);
        const j = text.indexOf(end);
        if (i === -1 || j === -1) continue;
        texts.set(readme, `${text.slice(0, i + start.length)}\n${tables(d)}\n${text.slice(j)}`);
        console.log(`${readme.slice(root.length + 1)}: API of <${d.tagName}> updated`);
      }
    }
  }
}
for (const [readme, text] of texts) if (text !== readFileSync(readme, 'utf8')) writeFileSync(readme, text);
