import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { lockHolder, openDatabase } from "./connection.ts";
import { createFileStore, FILES_DIR } from "./file-store.ts";
import { migrate } from "./migrate.ts";

export type ExportReport = {
  tables: { name: string; rows: number }[];
  sequences: { name: string; value: string }[];
  files: number;
  sourceMigrations: string[];
};

/** Not copied: the target's own record of the migrations applied to it (the same versions, checked). */
const KEPT_ON_TARGET = new Set(["schema_migrations"]);

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

export type Fk = { child: string; parent: string; columns: string[]; refColumns: string[] };

/** Tables in an order where every table comes after the tables it references (self-references aside). */
export function dependencyOrder(tables: string[], fks: Fk[]): string[] {
  const remaining = new Set(tables);
  const order: string[] = [];
  while (remaining.size) {
    const ready = [...remaining]
      .filter((t) => !fks.some((f) => f.child === t && f.parent !== t && remaining.has(f.parent)))
      .sort();
    if (!ready.length) throw new Error(`foreign keys form a cycle among ${[...remaining].join(", ")}`);
    for (const t of ready) {
      order.push(t);
      remaining.delete(t);
    }
  }
  return order;
}

/** Rows of a self-referencing table, each after the row it references (organizations → parent). */
export function parentsFirst(rows: string[], selfFks: Fk[]): string[] {
  if (!selfFks.length) return rows;
  const parsed = rows.map((text) => ({ text, row: JSON.parse(text) as Record<string, unknown> }));
  const key = (row: Record<string, unknown>, columns: string[]) => JSON.stringify(columns.map((c) => row[c]));
  const byKey = new Map<string, (typeof parsed)[number]>();
  for (const fk of selfFks)
    for (const p of parsed) byKey.set(`${fk.refColumns}|${key(p.row, fk.refColumns)}`, p);
  const done = new Set<(typeof parsed)[number]>();
  const visiting = new Set<(typeof parsed)[number]>();
  const out: string[] = [];
  const visit = (p: (typeof parsed)[number]) => {
    if (done.has(p)) return;
    if (visiting.has(p)) throw new Error("rows reference each other in a cycle");
    visiting.add(p);
    for (const fk of selfFks) {
      if (fk.columns.some((c) => p.row[c] === null || p.row[c] === undefined)) continue;
      const parent = byKey.get(`${fk.refColumns}|${key(p.row, fk.columns)}`);
      if (parent && parent !== p) visit(parent);
    }
    visiting.delete(p);
    done.add(p);
    out.push(p.text);
  };
  for (const p of parsed) visit(p);
  return out;
}

const BATCH = 500;

/**
 * `npm run export -- --to postgres://…`: moves the embedded installation in DATA_DIR to an empty
 * PostgreSQL database. Offline only (it takes the DATA_DIR lock; the app must be stopped). The
 * target gets the migrations, then every table's rows in dependency order in ONE transaction
 * (ids, numbers, counters, clocks and timestamps as they are: rows travel as `row_to_json` text
 * read back by `json_populate_recordset`, user triggers off while they load), the sequences'
 * positions, and the attachment bytes from the file store into `attachments.content` (where the
 * PostgreSQL setup keeps them). Then it checks row counts, sequences and every file's SHA-256.
 */
export async function exportToPostgres(
  dataDir: string,
  url: string,
  say: (line: string) => void = () => {},
): Promise<ExportReport> {
  if (!existsSync(join(dataDir, "db"))) throw new Error(`there is no embedded database in ${dataDir}`);
  const holder = lockHolder(dataDir);
  if (holder) {
    throw new Error(
      `the app (process ${holder.pid}) is running on ${dataDir}: export works offline only; stop it (SIGTERM) and run the export again`,
    );
  }
  const source = await openDatabase({ dataDir });
  const target = new pg.Client({ connectionString: url });
  try {
    await target.connect();
    // Refuse a target that holds anything at all: an export never merges into another installation.
    const existing = (
      await target.query<{ name: string }>(
        "SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'S')",
      )
    ).rows.map((r) => r.name);
    if (existing.length) {
      throw new Error(
        `the target database is not empty (${existing.length} tables, views or sequences: ${existing.slice(0, 5).join(", ")}${existing.length > 5 ? ", …" : ""}); export needs a new, empty database (createdb shagym_new)`,
      );
    }
    const sourceMigrations = await migrate(source);
    if (sourceMigrations.length) say(`source: applied its pending migrations ${sourceMigrations.join(", ")}`);
    const targetDb = await openDatabase({ url, max: 1, statementTimeoutMs: 3_600_000 });
    try {
      say(`target: ${(await migrate(targetDb)).length} migrations applied`);
    } finally {
      await targetDb.close();
    }
    const pglite = (source.db as unknown as { $client: PGlite }).$client;
    const store = createFileStore(join(dataDir, "db", FILES_DIR));
    try {
      return { ...(await copy(pglite, target, store, say)), sourceMigrations };
    } catch (error) {
      throw new Error(
        `${(error as Error).message}; nothing was copied (rolled back), but the target now has the schema: drop it and create it again before the next try`,
      );
    }
  } finally {
    await target.end().catch(() => {});
    await source.close();
  }
}

async function copy(
  source: PGlite,
  target: pg.Client,
  store: ReturnType<typeof createFileStore>,
  say: (line: string) => void,
): Promise<Omit<ExportReport, "sourceMigrations">> {
  const q = async <T>(text: string, params: unknown[] = []) => (await source.query<T>(text, params)).rows;
  const listTables =
    "SELECT c.relname::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY 1";
  const tables = (await q<{ name: string }>(listTables)).map((r) => r.name);
  const targetTables = (await target.query<{ name: string }>(listTables)).rows.map((r) => r.name);
  if (tables.join() !== targetTables.join()) {
    throw new Error(
      `the schemas differ: source has ${tables.join(", ")}; target has ${targetTables.join(", ")}`,
    );
  }
  const versions = "SELECT version FROM schema_migrations ORDER BY version";
  const sv = (await q<{ version: string }>(versions)).map((r) => r.version).join();
  const tv = (await target.query<{ version: string }>(versions)).rows.map((r) => r.version).join();
  if (sv !== tv) throw new Error("source and target are at different migrations");

  const fks = await q<Fk>(`
    SELECT ch.relname::text AS child, pa.relname::text AS parent,
      (SELECT array_agg(a.attname::text ORDER BY k.i) FROM unnest(con.conkey) WITH ORDINALITY k(n, i)
         JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n) AS "columns",
      (SELECT array_agg(a.attname::text ORDER BY k.i) FROM unnest(con.confkey) WITH ORDINALITY k(n, i)
         JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n) AS "refColumns"
    FROM pg_constraint con
    JOIN pg_class ch ON ch.oid = con.conrelid
    JOIN pg_class pa ON pa.oid = con.confrelid
    JOIN pg_namespace n ON n.oid = ch.relnamespace
    WHERE con.contype = 'f' AND n.nspname = current_schema()`);
  const order = dependencyOrder(
    tables.filter((t) => !KEPT_ON_TARGET.has(t)),
    fks,
  );
  const report: Omit<ExportReport, "sourceMigrations"> = { tables: [], sequences: [], files: 0 };

  await target.query("BEGIN");
  try {
    for (const t of order) await target.query(`ALTER TABLE ${quote(t)} DISABLE TRIGGER USER`);
    // Rows the migrations put there (calendar_revision) make way for the source's.
    for (const t of [...order].reverse()) await target.query(`DELETE FROM ${quote(t)}`);
    for (const t of order) {
      const columns = (
        await q<{ name: string }>(
          "SELECT attname::text AS name FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum",
          [quote(t)],
        )
      ).map((r) => quote(r.name));
      const texts = (await q<{ j: string }>(`SELECT row_to_json(t)::text AS j FROM ${quote(t)} t`)).map(
        (r) => r.j,
      );
      const ordered = parentsFirst(
        texts,
        fks.filter((f) => f.child === t && f.parent === t),
      );
      for (let i = 0; i < ordered.length; i += BATCH) {
        const list = columns.join(", ");
        await target.query(
          `INSERT INTO ${quote(t)} (${list}) OVERRIDING SYSTEM VALUE SELECT ${list} FROM json_populate_recordset(null::${quote(t)}, $1::json)`,
          [`[${ordered.slice(i, i + BATCH).join(",")}]`],
        );
      }
      report.tables.push({ name: t, rows: texts.length });
      say(`${t}: ${texts.length} rows`);
    }
    // Attachment bytes: the embedded database keeps them in its file store, PostgreSQL in the rows.
    for (const { id, sha256 } of await q<{ id: string; sha256: string }>(
      "SELECT id::text, sha256 FROM attachments WHERE content IS NULL ORDER BY id",
    )) {
      const bytes = await store.get(sha256);
      if (createHash("sha256").update(bytes).digest("hex") !== sha256) {
        throw new Error(`attachment ${id}: its file does not match its SHA-256 ${sha256}`);
      }
      await target.query("UPDATE attachments SET content = $1 WHERE id = $2", [Buffer.from(bytes), id]);
      report.files += 1;
    }
    say(`attachments: ${report.files} files copied into their rows`);
    // Sequences (bigserial ids) continue where the source stopped.
    const sequences = await q<{ name: string }>(
      "SELECT c.relname::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'S' ORDER BY 1",
    );
    for (const { name } of sequences) {
      const [position] = await q<{ last_value: string; is_called: boolean }>(
        `SELECT last_value::text, is_called FROM ${quote(name)}`,
      );
      await target.query("SELECT setval($1::regclass, $2::bigint, $3)", [
        quote(name),
        position!.last_value,
        position!.is_called,
      ]);
      report.sequences.push({
        name,
        value: `${position!.last_value}${position!.is_called ? "" : " (not called)"}`,
      });
    }
    for (const t of order) await target.query(`ALTER TABLE ${quote(t)} ENABLE TRIGGER USER`);
    await verify(
      source,
      target,
      order,
      sequences.map((s) => s.name),
    );
    await target.query("COMMIT");
  } catch (error) {
    await target.query("ROLLBACK").catch(() => {});
    throw error;
  }
  return report;
}

/** Inside the copy's transaction: the same rows (count and content), sequences and file hashes. */
async function verify(source: PGlite, target: pg.Client, tables: string[], sequences: string[]) {
  // Timestamps render in the session's zone: the same zone on both sides.
  await source.exec("SET TimeZone = 'UTC'");
  await target.query("SET LOCAL TimeZone = 'UTC'");
  for (const t of tables) {
    // Every row as the source's text, attachment bytes aside (compared by SHA-256 below).
    const digest = `SELECT count(*)::int AS n, coalesce(md5(string_agg(j, E'\n' ORDER BY j COLLATE "C")), '') AS h FROM (SELECT (to_jsonb(t) - 'content')::text AS j FROM ${quote(t)} t) x`;
    const [s] = (await source.query<{ n: number; h: string }>(digest)).rows;
    const [d] = (await target.query<{ n: number; h: string }>(digest)).rows;
    if (s?.n !== d?.n)
      throw new Error(`verification failed: ${t} has ${s?.n} rows in the source, ${d?.n} in the target`);
    if (s?.h !== d?.h)
      throw new Error(`verification failed: the rows of ${t} differ between source and target`);
  }
  const bad = await target.query<{ id: string }>(
    "SELECT id::text FROM attachments WHERE content IS NULL OR encode(sha256(content), 'hex') <> sha256",
  );
  if (bad.rows.length)
    throw new Error(
      `verification failed: attachments ${bad.rows.map((r) => r.id).join(", ")} do not match their SHA-256`,
    );
  for (const name of sequences) {
    const text = `SELECT last_value::text || ' ' || is_called::text AS v FROM ${quote(name)}`;
    const s = (await source.query<{ v: string }>(text)).rows[0]?.v;
    const d = (await target.query<{ v: string }>(text)).rows[0]?.v;
    if (s !== d)
      throw new Error(`verification failed: sequence ${name} is at ${s} in the source, ${d} in the target`);
  }
}
