// CSV for the admin exports (RFC 4180, UTF-8 with a byte-order mark so that spreadsheet software reads
// the accents). Cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR) are prefixed
// with an apostrophe: the data comes from public forms (CSV injection, OWASP).
const FORMULA = /^[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (FORMULA.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return '\uFEFF' + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
