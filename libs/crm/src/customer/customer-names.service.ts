import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@tradewind/platform';
import { normaliseCompanyName } from '../matching';

/** Customers per transaction when normalised names are brought up to date. */
const NAMES_PER_BATCH = 5000;

export interface RenormaliseReport {
  checked: number;
  changed: number;
}

/**
 * Keeps the stored normalised names (what matching compares: "müller gmbh" → "muller") in step with
 * the normaliser: when its rules learn a legal form or an alias, names stored under the old rules no
 * longer meet the names an import normalises under the new ones.
 */
@Injectable()
export class CustomerNamesService {
  constructor(private readonly tx: TransactionHost) {}

  /** Recomputes every customer's normalised name from its name, in batches, and stores those that differ. */
  async renormalise(options: { dryRun?: boolean } = {}): Promise<RenormaliseReport> {
    const report: RenormaliseReport = { checked: 0, changed: 0 };
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await this.tx.read<{ id: string; name: string; normalized_name: string }>(
        'SELECT id, name, normalized_name FROM customer WHERE id > $1 ORDER BY id LIMIT $2',
        [after, NAMES_PER_BATCH],
      );
      if (rows.length === 0) return report;
      after = rows[rows.length - 1].id;
      report.checked += rows.length;
      // A name with nothing to normalise keeps what it has (creating it was refused for that reason).
      const changed = rows.flatMap((row) => {
        const normalised = normaliseCompanyName(row.name);
        return normalised && normalised !== row.normalized_name ? [{ id: row.id, normalized_name: normalised }] : [];
      });
      report.changed += changed.length;
      if (changed.length && !options.dryRun) {
        await this.tx.run(() =>
          this.tx.writeJsonRows(
            `UPDATE customer c SET normalized_name = x.normalized_name FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, normalized_name text) WHERE c.id = x.id`,
            changed,
          ),
        );
      }
    }
  }
}
