// CSV for the admin exports (RFC 4180, comma-separated, UTF-8 with a byte-order mark so that spreadsheet
// software reads the accents). The data comes from public forms, so no cell may become a formula (CSV
// injection, OWASP) in any reader: French Excel splits on `;`, others on tabs, some ignore quotes. A
// formula character (= + - @) is therefore prefixed with an apostrophe wherever a reader could start a
// cell: at the start of the value and after every comma, semicolon, tab or line break in it; and every
// value holding one of those separators is quoted.
// Quotes count as blanks there: a reader that splits on another separator than ours sees a doubled quote
// (`a;""=1`) as an empty quoted value followed by the formula.
const FORMULA_START = /(^|[,;\t\r\n])([\s"]*)([=+\-@])/g;
const LEADING_CONTROL = /^[\t\r]/;
const NEEDS_QUOTES = /[",;\t\r\n]/;

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  let text = (typeof value === 'string' ? value : typeof value === 'boolean' ? String(value) : JSON.stringify(value)).replace(
    FORMULA_START,
    "$1$2'$3",
  );
  if (LEADING_CONTROL.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return '\uFEFF' + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
