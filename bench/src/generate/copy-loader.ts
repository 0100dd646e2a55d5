import { chmodSync, closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

/** A cell of a generated row; arrays and JSON are passed as their PostgreSQL text form. */
export type CsvValue = string | number | boolean | Date | null;

const FLUSH_BYTES = 4 * 1024 * 1024;

/**
 * Bulk-loads generated rows with server-side `COPY table FROM '<file>'`: `pg` has no COPY FROM STDIN
 * without pg-copy-streams (not installed), and the bench runs beside a local PostgreSQL as a user that
 * may read server files (superuser), so writing a CSV the server can read is the fast path.
 */
export class CopyLoader {
  private readonly dir: string;

  constructor(private readonly client: Client) {
    this.dir = mkdtempSync(join(tmpdir(), 'tradewind-bench-'));
    // The server runs as the postgres user: it must be able to enter the directory and read the files.
    chmodSync(this.dir, 0o755);
  }

  async load(table: string, columns: readonly string[], rows: Iterable<readonly CsvValue[]>): Promise<number> {
    const file = join(this.dir, `${table}.csv`);
    const count = writeCsv(file, rows);
    chmodSync(file, 0o644);
    try {
      await this.client.query(`COPY ${table} (${columns.join(', ')}) FROM '${file}' WITH (FORMAT csv)`);
    } catch (error) {
      const hint = 'COPY FROM a file needs PostgreSQL on this machine and a superuser (or pg_read_server_files) connection';
      throw new Error(`loading ${table} failed: ${(error as Error).message} (${hint})`);
    } finally {
      rmSync(file, { force: true });
    }
    return count;
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
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
