import { chmodSync, closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';

/** A cell of a generated row; arrays and JSON are passed as their PostgreSQL text form. */
export type CsvValue = string | number | boolean | Date | null;

const FLUSH_BYTES = 4 * 1024 * 1024;

/** A table whose first load brings at least this many rows gets its indexes built after all its COPYs. */
const REBUILD_INDEXES_FROM = 50_000;

/** An index (or primary key nothing refers to) dropped for the load: how to build it again. */
interface DeferredIndex {
  table: string;
  drop: string;
  create: string;
}

/**
 * Bulk-loads generated rows with server-side `COPY table FROM '<file>'`: `pg` has no COPY FROM STDIN
 * without pg-copy-streams (not installed), and the bench runs beside a local PostgreSQL as a user that
 * may read server files (superuser), so writing a CSV the server can read is the fast path.
 *
 * Three things keep millions of rows fast: the server COPYs one file while the generator writes the
 * next one (`load` returns once the file is written; `flush` waits for the server), so a big table is
 * best loaded in parts; a big table's indexes (all but those backing a unique constraint or a primary
 * key another table refers to) are dropped before its first COPY and built by `flush`, one sort each;
 * and foreign keys are not checked row by row (`session_replication_role = replica` skips their
 * triggers) but once, by `flush`, with one anti-join per foreign key of the tables loaded.
 */
export class CopyLoader {
  private readonly dir: string;
  private pending: Promise<void>;
  private failure: Error | undefined;
  private readonly loaded = new Set<string>();
  private readonly deferred: DeferredIndex[] = [];
  private readonly prepared = new Set<string>();
  private files = 0;

  constructor(
    private readonly client: Client,
    private readonly log: (message: string) => void = () => undefined,
  ) {
    this.dir = mkdtempSync(join(tmpdir(), 'tradewind-bench-'));
    // The server runs as the postgres user: it must be able to enter the directory and read the files.
    chmodSync(this.dir, 0o755);
    this.pending = this.run(async () => {
      await client.query("SET session_replication_role = 'replica'");
      await client.query("SET maintenance_work_mem = '1GB'");
    });
  }

  /**
   * Writes the rows to a CSV file and queues its COPY; resolves with the row count as soon as the file
   * is written. Call `flush` before reading the table back.
   */
  async load(table: string, columns: readonly string[], rows: Iterable<readonly CsvValue[]>): Promise<number> {
    if (this.failure) throw this.failure;
    const file = join(this.dir, `${table}-${++this.files}.csv`);
    const started = performance.now();
    const count = writeCsv(file, rows);
    chmodSync(file, 0o644);
    const written = performance.now();
    this.loaded.add(table);
    this.pending = this.pending.then(() => this.run(() => this.copy(table, columns, file, count, written - started)));
    return count;
  }

  /** Waits until every queued COPY is done, builds the indexes dropped for them and checks foreign keys. */
  async flush(): Promise<void> {
    await this.pending;
    if (this.failure) throw this.failure;
    for (const table of new Set(this.deferred.map((d) => d.table))) {
      const started = performance.now();
      const indexes = this.deferred.filter((d) => d.table === table);
      for (const index of indexes) await this.client.query(index.create);
      this.log(`${table}: ${indexes.length} indexes built in ${seconds(started)} s`);
    }
    this.deferred.length = 0;
    const started = performance.now();
    for (const table of this.loaded) await this.checkForeignKeys(table);
    if (this.loaded.size) this.log(`foreign keys of ${[...this.loaded].join(', ')} checked in ${seconds(started)} s`);
    this.loaded.clear();
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async run(step: () => Promise<void>): Promise<void> {
    if (this.failure) return;
    try {
      await step();
    } catch (error) {
      this.failure = error as Error;
    }
  }

  private async copy(table: string, columns: readonly string[], file: string, count: number, csvMs: number): Promise<void> {
    const first = !this.prepared.has(table);
    this.prepared.add(table);
    if (first && count >= REBUILD_INDEXES_FROM && (await this.isEmpty(table))) {
      const indexes = await this.droppableIndexes(table);
      for (const index of indexes) await this.client.query(index.drop);
      this.deferred.push(...indexes);
    }
    try {
      await this.client.query(`COPY ${table} (${columns.join(', ')}) FROM '${file}' WITH (FORMAT csv)`);
    } catch (error) {
      const hint = 'COPY FROM a file needs PostgreSQL on this machine and a superuser (or pg_read_server_files) connection';
      throw new Error(`loading ${table} failed: ${(error as Error).message} (${hint})`);
    } finally {
      rmSync(file, { force: true });
    }
    // No COPY time: the reply waits while the generator writes the next file, so it would mislead.
    this.log(`${table}: ${count.toLocaleString('en-US')} rows loaded (CSV written in ${(csvMs / 1000).toFixed(1)} s)`);
  }

  private async isEmpty(table: string): Promise<boolean> {
    return (await this.client.query(`SELECT 1 FROM ${table} LIMIT 1`)).rowCount === 0;
  }

  /** Indexes backing no constraint, and the primary key when no foreign key refers to it. */
  private async droppableIndexes(table: string): Promise<DeferredIndex[]> {
    const { rows } = await this.client.query<{ name: string; definition: string; constraint_name: string | null }>(
      `SELECT quote_ident(c.relname) AS name, pg_get_indexdef(i.indexrelid) AS definition, quote_ident(k.conname) AS constraint_name
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
       LEFT JOIN pg_constraint k ON k.conindid = i.indexrelid AND k.conrelid = i.indrelid
       WHERE i.indrelid = $1::regclass
         AND (k.oid IS NULL OR (k.contype = 'p' AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.confrelid = i.indrelid)))`,
      [table],
    );
    return rows.map((r) =>
      r.constraint_name
        ? {
            table,
            drop: `ALTER TABLE ${table} DROP CONSTRAINT ${r.constraint_name}`,
            create: `${r.definition}; ALTER TABLE ${table} ADD CONSTRAINT ${r.constraint_name} PRIMARY KEY USING INDEX ${r.name}`,
          }
        : { table, drop: `DROP INDEX ${r.name}`, create: r.definition },
    );
  }

  /** One anti-join per single-column foreign key of `table`: the check COPY skipped. */
  private async checkForeignKeys(table: string): Promise<void> {
    const { rows } = await this.client.query<{ name: string; column: string; parent: string; parent_column: string }>(
      `SELECT k.conname AS name, quote_ident(a.attname) AS column, k.confrelid::regclass::text AS parent, quote_ident(pa.attname) AS parent_column
       FROM pg_constraint k
       JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
       JOIN pg_attribute pa ON pa.attrelid = k.confrelid AND pa.attnum = k.confkey[1]
       WHERE k.contype = 'f' AND k.conrelid = $1::regclass AND cardinality(k.conkey) = 1`,
      [table],
    );
    for (const fk of rows) {
      const { rowCount } = await this.client.query(
        `SELECT 1 FROM ${table} x WHERE x.${fk.column} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${fk.parent} p WHERE p.${fk.parent_column} = x.${fk.column}) LIMIT 1`,
      );
      if (rowCount) throw new Error(`generated ${table} rows break foreign key ${fk.name} (${fk.column} → ${fk.parent})`);
    }
  }
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}

function writeCsv(file: string, rows: Iterable<readonly CsvValue[]>): number {
  const fd = openSync(file, 'w', 0o644);
  let buffer: string[] = [];
  let size = 0;
  let count = 0;
  try {
    for (const row of rows) {
      const line = `${row.map(csvCell).join(',')}\n`;
      buffer.push(line);
      size += line.length;
      count++;
      if (size >= FLUSH_BYTES) {
        writeSync(fd, buffer.join(''));
        buffer = [];
        size = 0;
      }
    }
    if (buffer.length) writeSync(fd, buffer.join(''));
  } finally {
    closeSync(fd);
  }
  return count;
}

/** CSV as COPY reads it: an unquoted empty cell is NULL, a quoted one is the empty string. */
function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  if (value === '' || /[",\n\r]/.test(value)) return `"${value.replace(/"/g, '""')}"`;
  return value;
}
