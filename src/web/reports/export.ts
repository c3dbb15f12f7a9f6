import type { Context } from "hono";
import { DomainError } from "../../domain/errors.ts";
import { toCsv } from "../../queries/csv.ts";
import type { AppEnv } from "../context.ts";
import { type Cell, isRatio, type Table } from "./tables.ts";

/** A cell as exported: a ratio as its share (0…1), nothing as an empty cell. */
export const exportCell = (cell: Cell): string | number | null => (isRatio(cell) ? cell.share : cell);

/** The table as CSV, headers in the reader's language. */
export const tableCsv = (table: Table) =>
  toCsv([table.headers, ...table.rows.map((r) => r.cells.map((cell) => String(exportCell(cell) ?? "")))]);

/** The table as an XLSX workbook of one sheet: the caption, the headers, then the rows (numbers as numbers). */
export async function tableXlsx(table: Table): Promise<Buffer> {
  // Imported when a workbook is asked for: ~0.5 s of imports no other request needs.
  const { default: ExcelJS } = await import("exceljs");
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(table.key);
  sheet.addRow([table.caption]).font = { bold: true };
  sheet.addRow(table.headers).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.cells.map(exportCell));
  return Buffer.from(await book.xlsx.writeBuffer());
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Sends a report table as a download in `format` (csv or xlsx), or a 404 for any other format. */
export async function sendTable(c: Context<AppEnv>, table: Table, format: string, filename: string) {
  if (format === "csv") {
    return c.body(tableCsv(table), 200, {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}.csv"`,
    });
  }
  if (format === "xlsx") {
    return c.body(new Uint8Array(await tableXlsx(table)), 200, {
      "Content-Type": XLSX_TYPE,
      "Content-Disposition": `attachment; filename="${filename}.xlsx"`,
    });
  }
  throw new DomainError("not_found", "not_found");
}
