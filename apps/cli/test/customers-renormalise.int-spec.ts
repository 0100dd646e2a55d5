import { cliTestDatabase, runCli } from '../../../test/harness/cli';

// When the normaliser learns a legal form, names stored under the old rules must follow, or an import
// normalising under the new ones no longer finds them.
describe('customers:renormalise', () => {
  const database = cliTestDatabase();

  beforeAll(async () => {
    await database.db.query(`INSERT INTO customer (name, normalized_name) VALUES
      ('Hanse Werkzeug GmbH & Co. KG', 'hanse werkzeug gmbh co kg'),
      ('Lyon Outillage SARL', 'lyon outillage sarl'),
      ('Osaka Living', 'osaka living')`);
  });

  const stored = () => database.rows('SELECT name, normalized_name FROM customer ORDER BY name');

  it('counts the stale names in a dry run, brings them up to date, and finds nothing left the second time', async () => {
    const before = await stored();
    const dry = await runCli(database.config, ['customers:renormalise', '--dry-run', '--json']);
    expect({ code: dry.code, stderr: dry.stderr, result: JSON.parse(dry.stdout) }).toEqual({ code: 0, stderr: '', result: { checked: 3, changed: 2, dryRun: true } });
    expect(await stored()).toEqual(before);

    const run = await runCli(database.config, ['customers:renormalise', '--json']);
    expect(JSON.parse(run.stdout)).toEqual({ checked: 3, changed: 2, dryRun: false });
    expect(await stored()).toEqual([
      { name: 'Hanse Werkzeug GmbH & Co. KG', normalized_name: 'hanse werkzeug' },
      { name: 'Lyon Outillage SARL', normalized_name: 'lyon outillage' },
      { name: 'Osaka Living', normalized_name: 'osaka living' },
    ]);
    expect(JSON.parse((await runCli(database.config, ['customers:renormalise', '--json'])).stdout)).toEqual({ checked: 3, changed: 0, dryRun: false });
  });
});
