// The embed configurator (configurateur.html). Everything it offers comes from the CDN release it is served
// with: cdn/latest/integrity.json (the widgets, their files and hashes) and each widget's manifest
// (custom-elements.json: attributes with their types, defaults and descriptions; custom properties), so a
// new widget or a new attribute appears here without editing this file. DOM APIs only (no innerHTML), no
// inline script or style: it runs under the CSP it recommends.
const CDN = '/cdn/latest/';
const $ = (id) => document.getElementById(id);
const status = $('load-status');

/** What each widget needs in a site's CSP beyond its script and its API, by tag (the others: nothing more). */
const EXTRA_CSP = {
  'npt-finder': (attrs) => {
    const out = { 'connect-src': [], 'img-src': [], 'worker-src': [] };
    const geocoder = attrs['geocoder-url'] ?? 'https://data.geopf.fr/geocodage/search';
    if (geocoder !== 'none') out['connect-src'].push(originOf(geocoder));
    if (!('no-map' in attrs)) {
      // IGN's map style, tiles and sprites; maplibre's control icons are data: images. Its worker comes
      // from the CDN folder, on another origin than the site: maplibre wraps it in blob: (a site that
      // hosts the files itself needs 'self' instead).
      out['connect-src'].push('https://data.geopf.fr');
      out['img-src'].push('data:', 'https://data.geopf.fr');
      out['worker-src'].push('blob:');
    }
    return out;
  },
};

const text = (s) => String(s ?? '').replace(/`/g, '');
const originOf = (url) => {
  try {
    return new URL(url, location.href).origin;
  } catch {
    return '';
  }
};
function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === false) continue;
    if (k === 'text') node.textContent = v;
    else if (k in node && typeof v !== 'string') node[k] = v;
    else node.setAttribute(k, v === true ? '' : v);
  }
  node.append(...children);
  return node;
}
async function getJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

// ---- colours: WCAG 2 contrast ---------------------------------------------------------------------
const luminance = (hex) => {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
export const contrast = (a, b) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
/** Against what each colour is read, and the ratio it needs (text 4.5:1; borders, non-text 3:1). */
function contrastRule(name) {
  if (/background|surface/.test(name)) return undefined;
  if (name.endsWith('on-primary')) return { against: '--npt-color-primary', min: 4.5 };
  if (name.endsWith('border')) return { against: '--npt-color-background', min: 3 };
  return { against: '--npt-color-background', min: 4.5 };
}

// ---- state ---------------------------------------------------------------------------------------
let release;
let theme = [];
const widgets = new Map(); // tag → { tag, file, integrity, files, declaration }
let current;
const values = { attrs: {}, colours: {} };

function declarationOf(manifest, tag) {
  for (const mod of manifest.modules ?? []) for (const d of mod.declarations ?? []) if (d.tagName === tag) return d;
  return undefined;
}

async function load() {
  release = await getJson(`${CDN}integrity.json`);
  theme = (await getJson(`${CDN}manifests/theme.json`).catch(() => ({ cssProperties: [] }))).cssProperties;
  for (const [tag, w] of Object.entries(release.widgets)) {
    if (!w.manifest) continue;
    const declaration = declarationOf(await getJson(`${CDN}${w.manifest}`), tag);
    if (declaration) widgets.set(tag, { tag, ...w, declaration });
  }
  const select = $('widget');
  for (const w of widgets.values()) select.append(el('option', { value: w.tag, text: `<${w.tag}>` }));
  $('cdn').value = `${location.origin}/cdn/${release.version}/`;
  // The preview loads the widgets through the loader, from this site's CDN folder.
  await import(`${CDN}npt.js`);
  select.addEventListener('change', () => pick(select.value));
  for (const id of ['lang', 'cdn', 'pin-chunks']) $(id).addEventListener('input', () => void refresh());
  for (const button of document.querySelectorAll('button.copy')) button.addEventListener('click', () => void copy(button.dataset.copy));
  $('options').addEventListener('submit', (e) => e.preventDefault());
  status.textContent = `Version ${release.version} : ${widgets.size} widgets.`;
  pick(new URLSearchParams(location.search).get('widget') ?? select.value);
}

// ---- the options form, from the manifest -----------------------------------------------------------
const literal = (d) => (d && /^'.*'$|^-?\d+(\.\d+)?$/.test(d) ? d.replace(/^'|'$/g, '') : '');

function attributeControl(attr) {
  const id = `attr-${attr.name}`;
  const type = attr.type?.text ?? 'string';
  const hint = el('p', { class: 'hint', id: `${id}-hint`, text: text(attr.description) });
  const onInput = (value) => {
    if (value === undefined || value === '') delete values.attrs[attr.name];
    else values.attrs[attr.name] = value;
    void refresh();
  };
  if (type === 'boolean') {
    const input = el('input', { id, type: 'checkbox', 'aria-describedby': `${id}-hint` });
    input.addEventListener('change', () => onInput(input.checked ? true : undefined));
    return el('div', { class: 'check' }, input, ' ', el('label', { for: id, text: attr.name }), hint);
  }
  const choices = [...type.matchAll(/'([^']*)'/g)].map((m) => m[1]);
  if (choices.length > 1 && /^('[^']*'\s*\|\s*)+'[^']*'$/.test(type.trim())) {
    const select = el('select', { id, 'aria-describedby': `${id}-hint` }, ...choices.map((c) => el('option', { value: c, text: c })));
    select.value = literal(attr.default) || choices[0];
    select.addEventListener('change', () => onInput(select.value === (literal(attr.default) || choices[0]) ? undefined : select.value));
    return el('div', {}, el('label', { for: id, text: attr.name }), select, hint);
  }
  const input = el('input', {
    id,
    type: type === 'number' ? 'number' : 'text',
    placeholder: literal(attr.default),
    'aria-describedby': `${id}-hint`,
  });
  // The API this demo serves, so that the preview and a pasted snippet work at once.
  if (attr.name === 'api') {
    input.value = `${location.origin}/v1`;
    values.attrs.api = input.value;
  }
  input.addEventListener('input', () => onInput(input.value.trim()));
  return el('div', {}, el('label', { for: id, text: attr.name }), input, hint);
}

function colourControl(prop) {
  const id = `colour-${prop.name.slice(2)}`;
  const input = el('input', { id, type: 'color', value: prop.default, 'aria-describedby': `${id}-contrast` });
  const note = el('p', { class: 'contrast', id: `${id}-contrast` });
  input.addEventListener('input', () => {
    if (input.value.toLowerCase() === prop.default.toLowerCase()) delete values.colours[prop.name];
    else values.colours[prop.name] = input.value;
    void refresh();
  });
  return el(
    'div',
    { 'data-colour': prop.name },
    el('div', { class: 'colour' }, el('label', { for: id, text: `${prop.name} (${text(prop.description)})` }), input),
    note,
  );
}

function pick(tag) {
  current = widgets.get(tag) ?? widgets.values().next().value;
  $('widget').value = current.tag;
  $('widget-summary').textContent = text(current.declaration.summary ?? current.declaration.description);
  values.attrs = {};
  values.colours = {};
  const attrs = $('attributes');
  const colours = $('colours');
  attrs.replaceChildren(attrs.querySelector('legend'), ...(current.declaration.attributes ?? []).map(attributeControl));
  const props = new Map([...theme, ...(current.declaration.cssProperties ?? [])].map((p) => [p.name, p]));
  colours.replaceChildren(
    colours.querySelector('legend'),
    colours.querySelector('.hint'),
    ...[...props.values()].filter((p) => p.name.includes('-color-') && /^#[0-9a-f]{6}$/i.test(p.default ?? '')).map(colourControl),
  );
  void refresh();
}

// ---- preview, snippet, CSP ---------------------------------------------------------------------------
const colourOf = (name) => values.colours[name] ?? $(`colour-${name.slice(2)}`)?.value;

function checkContrasts() {
  for (const box of $('colours').querySelectorAll('[data-colour]')) {
    const name = box.dataset.colour;
    const rule = contrastRule(name);
    const note = box.querySelector('.contrast');
    if (!rule || !colourOf(rule.against)) {
      note.textContent = '';
      continue;
    }
    const ratio = contrast(colourOf(name), colourOf(rule.against));
    const shown = ratio.toLocaleString('fr-FR', { maximumFractionDigits: 1 });
    const ok = ratio >= rule.min;
    note.className = `contrast ${ok ? 'pass' : 'fail'}`;
    note.textContent = ok
      ? `Contraste ${shown}:1 sur ${rule.against} : conforme (${String(rule.min).replace('.', ',')}:1 exigé)`
      : `Contraste ${shown}:1 sur ${rule.against} : insuffisant, ${String(rule.min).replace('.', ',')}:1 exigé (WCAG AA)`;
  }
}

const attrString = (attrs) =>
  Object.entries(attrs)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`))
    .join('');

async function sha256(textValue) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(textValue));
  return btoa(String.fromCharCode(...new Uint8Array(digest)));
}

let refreshing = 0;
async function refresh() {
  const run = ++refreshing;
  const lang = $('lang').value;
  const attrs = { ...values.attrs, ...(lang ? { lang } : {}) };
  checkContrasts();

  // Preview: a fresh element with exactly these attributes (the loader defines it).
  const preview = document.createElement(current.tag);
  for (const [k, v] of Object.entries(attrs)) preview.setAttribute(k, v === true ? '' : v);
  // The preview keeps its state out of this page's URL.
  if ((current.declaration.attributes ?? []).some((a) => a.name === 'no-url-state')) preview.setAttribute('no-url-state', '');
  for (const [k, v] of Object.entries(values.colours)) preview.style.setProperty(k, v);
  $('preview').replaceChildren(preview);

  // Snippet.
  const cdn = $('cdn').value.trim().replace(/\/?$/, '/');
  const moving = /\/latest\/$/.test(cdn);
  const files = [current.file, ...current.static, ...current.lazy];
  const importMap =
    $('pin-chunks').checked && !moving
      ? JSON.stringify({ integrity: Object.fromEntries(files.map((f) => [cdn + f, release.files[f]])) })
      : '';
  const script = `<script type="module" src="${cdn}${current.file}"${moving ? '' : ` integrity="${current.integrity}"`} crossorigin="anonymous"></script>`;
  $('snippet').value = [
    moving ? '<!-- latest/ change à chaque version : pas de hachage d’intégrité possible. Préférez un dossier de version. -->' : '',
    importMap ? `<script type="importmap">${importMap}</script>` : '',
    script,
    `<${current.tag}${attrString(attrs)}></${current.tag}>`,
  ]
    .filter(Boolean)
    .join('\n');
  $('css').value = Object.keys(values.colours).length
    ? `${current.tag} {\n${Object.entries(values.colours)
        .map(([k, v]) => `  ${k}: ${v};`)
        .join('\n')}\n}`
    : '';

  // CSP: the sources to add to the site's own policy (origins written out: the site's own origin is not this one).
  const csp = { 'script-src': [originOf(cdn)], 'connect-src': [], 'img-src': [], 'worker-src': [] };
  if (importMap) csp['script-src'].push(`'sha256-${await sha256(importMap)}'`);
  for (const name of ['api', 'src']) if (typeof attrs[name] === 'string') csp['connect-src'].push(originOf(attrs[name]));
  const extra = EXTRA_CSP[current.tag]?.(attrs) ?? {};
  for (const [k, v] of Object.entries(extra)) csp[k] = [...(csp[k] ?? []), ...v];
  if (run !== refreshing) return;
  $('csp').value = [
    ...Object.entries(csp)
      .filter(([, v]) => v.length)
      .map(([k, v]) => `${k} ${[...new Set(v)].join(' ')};`),
    "# style-src : rien à ajouter (feuilles de style construites, sans 'unsafe-inline')",
    "# si le site impose Trusted Types : trusted-types lit-html; (+ 'allow-duplicates' s'il charge déjà sa propre copie de Lit)",
  ].join('\n');
}

async function copy(id) {
  const area = $(id);
  const say = $('copy-status');
  try {
    await navigator.clipboard.writeText(area.value);
    say.textContent = 'Copié dans le presse-papiers.';
  } catch {
    area.select();
    say.textContent = 'Le navigateur refuse la copie : le texte est sélectionné, copiez-le avec Ctrl+C (⌘+C).';
  }
}

load().catch((error) => {
  status.textContent = `Les widgets n’ont pas pu être chargés (${error.message}). Lancez « npm run build ».`;
});
