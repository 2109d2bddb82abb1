// The prescriber's one-page orientation sheet: the place's details, hours, how to get there and the
// prescriber's note. Printed from a hidden iframe holding only the sheet, so neither the host page's
// print styles nor the rest of the page get in the way. The note is never stored or sent.
import { formatPhone, parseOpeningHours, type Place } from '@npt/contract';
import { weekRows } from '../hours.js';
import { oneLineAddress } from '../links.js';
import type { FinderStrings } from '../translations/strings.js';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The sheet as a standalone HTML document (every value escaped). */
export function orientationSheetHtml(place: Place, note: string, t: FinderStrings, lang: string, now = new Date()): string {
  const oh = parseOpeningHours(place.horaires);
  const rows = oh
    ? `<table><tbody>${weekRows(oh, t)
        .map(
          (r) => `<tr><th scope="row">${escape(r.day)}</th><td>${escape(r.hours)}${r.comment ? ` (${escape(r.comment)})` : ''}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : place.horaires
      ? `<p>${escape(place.horaires)}</p>`
      : `<p>${escape(t.hoursUnknown)}</p>`;
  const contact = [
    place.telephone ? `${escape(t.sheetPhone)} : <strong>${escape(formatPhone(place.telephone))}</strong>` : '',
    ...place.courriels.map((c) => `${escape(t.sheetEmail)} : ${escape(c)}`),
    ...place.site_web.slice(0, 1).map((u) => `${escape(t.sheetWebsite)} : ${escape(u)}`),
    place.prise_rdv ? `${escape(t.sheetBooking)} : ${escape(place.prise_rdv)}` : '',
  ].filter(Boolean);
  const date = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'long' }).format(now);
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escape(t.printTitle)}</title><style>
@page { size: A4; margin: 15mm; }
body { font: 12pt/1.45 Marianne, Arial, sans-serif; color: #000; margin: 0; }
h1 { font-size: 16pt; margin: 0 0 6pt; } h2 { font-size: 20pt; margin: 4pt 0; } h3 { font-size: 13pt; margin: 12pt 0 4pt; }
table { border-collapse: collapse; } th { text-align: left; padding-right: 12pt; font-weight: normal; } td, th { padding-block: 1pt; }
.note { border: 1pt solid #000; padding: 8pt; white-space: pre-wrap; margin-top: 12pt; } footer { margin-top: 16pt; font-size: 9pt; }
</style></head><body>
<h1>${escape(t.printTitle)}</h1>
<p>${escape(t.printFor)}</p>
<h2>${escape(place.nom)}</h2>
<p>${escape(oneLineAddress(place))}${place.complement_adresse ? `<br>${escape(place.complement_adresse)}` : ''}</p>
<p>${escape(t.printIntro)}</p>
${contact.length ? `<h3>${escape(t.sheetContact)}</h3><p>${contact.join('<br>')}</p>` : ''}
<h3>${escape(t.sheetHours)}</h3>${rows}
${place.services.length ? `<h3>${escape(t.sheetServices)}</h3><p>${place.services.map(escape).join(' · ')}</p>` : ''}
<h3>${escape(t.printHowToGetThere)}</h3><p>${escape(oneLineAddress(place))}${place.complement_adresse ? `<br>${escape(place.complement_adresse)}` : ''}</p>
${note.trim() ? `<div class="note">${escape(note.trim())}</div>` : ''}
<footer>${escape(t.printPrintedOn(date))}</footer>
</body></html>`;
}

/** Prints the document from a hidden iframe, then removes it. Resolves once the print dialog closed. */
export function printHtml(doc: string, print: (w: Window) => void = (w) => w.print()): Promise<HTMLIFrameElement> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    frame.style.cssText = 'position:fixed;width:0;height:0;border:0;inset:auto 0 0 auto;visibility:hidden';
    frame.srcdoc = doc;
    frame.addEventListener(
      'load',
      () => {
        print(frame.contentWindow!);
        resolve(frame);
        // Some browsers return from print() before the dialog closes: keep the frame a while.
        setTimeout(() => frame.remove(), 60_000);
      },
      { once: true },
    );
    document.body.append(frame);
  });
}
