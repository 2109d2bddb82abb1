// XLSX for the admin exports: one workbook, one sheet per table. Every value is written as a string or a
// number cell, never as a formula, so text from public forms stays text in any spreadsheet software.
// exceljs is loaded on the first export only: the server starts without it.

export interface Sheet {
  name: string;
  header: string[];
  rows: unknown[][];
}

export async function toXlsx(sheets: Sheet[]): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Numérique pour tous';
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    ws.addRow(sheet.header).font = { bold: true };
    for (const row of sheet.rows) {
      // Strings stay strings: exceljs writes a string value as a shared string, only `{ formula }` as a formula.
      ws.addRow(
        row.map((v) => (v === null || v === undefined ? '' : typeof v === 'number' || typeof v === 'string' ? v : JSON.stringify(v))),
      );
    }
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
