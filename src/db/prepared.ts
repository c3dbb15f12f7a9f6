import { getTableColumns } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "./connection.ts";

/**
 * A query built once per database (or open transaction) and sent as a named prepared statement:
 * the SQL is not built again per request, and PostgreSQL parses and plans it once per connection.
 * `build` must give the same SQL text every time (a name stands for one text on a connection).
 */
export function preparedPer<Q>(build: (db: Executor) => Q): (db: Executor) => Q {
  const built = new WeakMap<Executor, Q>();
  return (db) => {
    let query = built.get(db);
    if (!query) {
      query = build(db);
      built.set(db, query);
    }
    return query;
  };
}

/**
 * Rows of `table` from a JSON array that SQL built (`json_agg(t)` or `json_build_object` under
 * the columns' database names), each value mapped as the driver's would be (timestamps to Date).
 * Columns the JSON leaves out are left out.
 */
export function rowsFromJson<T extends PgTable, R = T["$inferSelect"]>(table: T) {
  const columns = Object.entries(getTableColumns(table));
  return (value: unknown): R[] =>
    jsonValue<Record<string, unknown>[]>(value).map((json) => {
      const row: Record<string, unknown> = {};
      for (const [key, column] of columns) {
        if (!(column.name in json)) continue;
        const v = json[column.name];
        row[key] = v === null ? null : column.mapFromDriverValue(v);
      }
      return row as R;
    });
}

/** A JSON value SQL built, whether the driver parsed it already or gave its text. */
export const jsonValue = <T>(value: unknown): T =>
  (typeof value === "string" ? JSON.parse(value) : value) as T;
