// <npt-finder> as a resident and a prescriber meet it on the demo site: the page loads the CDN file,
// the places come from the real API (seeded demonstration places), the person searches a commune or an
// address (the address API is answered by the test, never the network), filters, opens a place sheet,
// shares the link, and a prescriber prints an orientation sheet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { normalizeSpaces as nb, useAppAndBrowser } from './harness.js';

const e2e = useAppAndBrowser();

async function open(path: string): Promise<{ page: Page; errors: string[]; geocoded: string[] }> {
  const page = await e2e.browser.newPage();
  const errors: string[] = [];
  const geocoded: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    const text = m.text();
    if (m.type() === 'error' && !/favicon|404|ERR_FAILED|net::|map/i.test(text)) errors.push(text);
  });
  // No network: the national address API is answered here; map styles and tiles fail (the list stays).
  // (Playwright tries the routes registered last first.)
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  await page.route('https://data.geopf.fr/geocodage/**', async (route) => {
    const q = new URL(route.request().url()).searchParams.get('q') ?? '';
    geocoded.push(q);
    await route.fulfill({
      json: {
        type: 'FeatureCollection',
        features: /rue de paris/i.test(q)
          ? [
              {
                type: 'Feature',
                geometry: { type: 'Point', coordinates: [2.4415, 48.8566] },
                properties: { label: '10 Rue de Paris 93100 Montreuil', type: 'housenumber' },
              },
            ]
          : [],
      },
    });
  });
  // Printing is recorded instead of opening the print dialog (also inside the sheet's iframe).
  await page.addInitScript(() => {
    window.print = () => {
      const top = window.top as unknown as { __printed?: string[] };
      (top.__printed ??= []).push(document.documentElement.outerHTML);
    };
  });
  await page.goto(`${e2e.app.url}${path}`);
  return { page, errors, geocoded };
}

const finder = (page: Page, nth = 0) => page.locator('npt-finder').nth(nth);

test('a resident finds the seeded places near a commune, filters them and opens a place sheet', async () => {
  const { page, errors } = await open('/lieux.html');
  const el = finder(page);
  const heading = el.locator('.results-heading');
  await heading.getByText(/lieux, classés par commune, de A à Z/).waitFor();
  const total = Number(/^(\d+)/.exec(nb(await heading.textContent()))![1]);
  assert.ok(total > 20, `${total} seeded places listed`);

  // Commune search with the keyboard only.
  await el.getByLabel('Commune, code postal ou adresse').focus();
  await page.keyboard.type('Montreuil');
  await el.getByRole('option', { name: 'Montreuil (93100)' }).waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await heading.getByText(/près de Montreuil, du plus proche au plus éloigné/).waitFor();
  const distances = (await el.locator('.list > li .distance').allTextContents()).map((t) => {
    const m = /à ([\d,]+) (k?m)/.exec(nb(t))!;
    return Number(m[1]!.replace(',', '.')) * (m[2] === 'km' ? 1000 : 1);
  });
  assert.ok(distances.length > 0);
  assert.deepEqual(
    distances,
    [...distances].sort((a, b) => a - b),
  );
  assert.match(nb(await el.locator('.list > li .address').first().textContent()), /Montreuil$/);

  // A filter narrows the list to what its count announced (the filters are collapsed at first).
  const near = Number(/^(\d+)/.exec(nb(await heading.textContent()))![1]);
  await el.locator('[part="filters-toggle"]').click();
  const option = el.locator('label[for="f-services-0"]');
  const announced = Number(/\((\d+)\)/.exec(nb(await option.textContent()))![1]);
  await option.click();
  await heading
    .getByText(new RegExp(`^${announced === 0 ? 'Aucun lieu' : announced === 1 ? '1 lieu' : `${announced} lieux`} près de Montreuil`))
    .waitFor();
  assert.ok(announced <= near);
  assert.match(page.url(), /lieux\.services=0/);
  await el.getByRole('button', { name: 'Effacer les filtres' }).first().click();

  // The place sheet, from the list, with the keyboard.
  const first = el.locator('.list > li .result-name a').first();
  const name = nb(await first.textContent());
  await first.focus();
  await page.keyboard.press('Enter');
  await el.locator('#sheet-title').getByText(name).waitFor();
  assert.equal(await el.locator('#sheet-title').evaluate((h) => (h.getRootNode() as ShadowRoot).activeElement === h), true);
  assert.match(nb(await el.locator('.sheet').textContent()), /Données de démonstration/);
  assert.ok(await el.locator('.sheet a[href*="openstreetmap.org/directions"]').count());
  const shared = page.url();
  assert.match(shared, /lieux\.lieu=/);

  // The shared link opens the same sheet for someone else.
  const other = await e2e.browser.newPage();
  await other.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  await other.goto(shared);
  await finder(other).locator('#sheet-title').getByText(name).waitFor();
  await other.close();
  assert.deepEqual(errors, []);
  await page.close();
});

test('an address is geocoded (answered locally) and sorts the places from it', async () => {
  const { page, errors, geocoded } = await open('/lieux.html');
  const el = finder(page);
  await el
    .locator('.results-heading')
    .getByText(/lieux, classés par commune/)
    .waitFor();
  await el.getByLabel('Commune, code postal ou adresse').fill('10 rue de Paris Montreuil');
  await el.getByRole('button', { name: 'Rechercher' }).click();
  await el
    .locator('.results-heading')
    .getByText(/près de 10 Rue de Paris 93100 Montreuil/)
    .waitFor();
  assert.ok(geocoded.includes('10 rue de Paris Montreuil'));
  await el.getByLabel('Commune, code postal ou adresse').fill('1 impasse Introuvable');
  await el.getByRole('button', { name: 'Rechercher' }).click();
  await el
    .locator('[part="notice"]')
    .getByText(/Aucune adresse trouvée/)
    .waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test('a prescriber prints an orientation sheet with a note that is neither stored nor sent', async () => {
  const { page, errors } = await open('/lieux.html');
  const requests: string[] = [];
  page.on('request', (r) => requests.push(`${r.method()} ${r.url()} ${r.postData() ?? ''}`));
  await page.getByText('Espace prescripteurs').click();
  const el = finder(page, 1);
  await el.locator('.results-heading').getByText(/lieux/).waitFor();
  await el.locator('.list > li .result-name a').first().click();
  const name = nb(await el.locator('#sheet-title').textContent());
  await el.getByLabel('Note pour la personne accompagnée (facultatif)').fill('Venir mardi avec sa carte Vitale');
  await el.getByRole('button', { name: 'Imprimer la fiche d’orientation' }).click();
  await page.waitForFunction(() => ((window as unknown as { __printed?: string[] }).__printed ?? []).length > 0);
  const [printed] = await page.evaluate(() => (window as unknown as { __printed: string[] }).__printed);
  assert.ok(printed!.includes(name.replace(/&/g, '&amp;').replace(/'/g, '&#39;')) || printed!.includes(name));
  assert.ok(printed!.includes('Venir mardi avec sa carte Vitale'));
  assert.ok(printed!.includes('Pour vous y rendre'));
  assert.ok(!requests.some((r) => r.includes('Vitale')), 'the note never leaves the page');
  assert.ok(!page.url().includes('Vitale'));
  assert.deepEqual(errors, []);
  await page.close();
});
