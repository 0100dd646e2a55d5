import ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { runInContext, User } from '@tradewind/platform';
import { CustomerImportService, ImportReport } from '../src';
import { clearQueues, TestApi, testConfig } from '../../../test/harness/test-app';
import { createCustomer, customersWithStaleTagIds } from './crm-fixtures';

const HEADER = 'Company,Country,Contact,Email,Phone,Website,Tags,Owner,Notes';

describe('customer import', () => {
  let api: TestApi;
  let admin: User;
  let adminToken: string;
  let sales: User;

  beforeAll(async () => {
    api = await TestApi.start(await testConfig());
    ({ user: admin, token: adminToken } = await api.signedIn('admin'));
    sales = await api.createUser({ role: 'sales', email: 'lin.sales@tradewind.test' });
  });

  afterAll(async () => {
    await api.close();
    await clearQueues(api.config);
  });

  function importCsv(lines: string[], options: { dryRun?: boolean; as?: User } = {}): Promise<ImportReport> {
    const by = options.as ?? admin;
    const actor = { kind: 'user' as const, userId: by.id, email: by.email, role: by.role, teamId: by.teamId };
    return runInContext({ actor }, () =>
      api.app.get(CustomerImportService).run(Buffer.from([HEADER, ...lines].join('\n')), { fileName: 'customers.csv', dryRun: !!options.dryRun }),
    );
  }

  const count = async (table: string): Promise<number> => (await api.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  it('merges duplicates within the file, reports why, and creates nothing on re-import', async () => {
    const lines = [
      'Hanse Tools GmbH,DE,Anna Weber,anna@hanse-tools.de,+49 40 123456,hanse-tools.de,Europe;Tools,lin.sales@tradewind.test,VIP at fair',
      'HANSE TOOLS,Germany,Jan Roth,jan@hanse-tools.de,,,,,',
      'Pacific Foods Pty Ltd,AU,,,+61 2 9876 5432,,Asia-Pacific,,',
      'Pacific Food Pty,Australia,Mia Lee,mia@gmail.com,+61 2 9876 5432,,,,',
      'Orion Trading,ZZ,Bob,bob@orion.example,12,,,nobody@tradewind.test,',
      ',,,,,,,,just a note',
    ];
    const dry = await importCsv(lines, { dryRun: true });
    expect(dry.rows.map((r) => [r.row, r.status, r.matchedOn])).toEqual([
      [2, 'created', null], [3, 'merged', 'email_domain'], [4, 'created', null], [5, 'merged', 'phone'], [6, 'created', null], [7, 'error', null],
    ]);
    expect(dry.rows[1]).toMatchObject({ mergedIntoRow: 2, reason: expect.stringContaining('hanse-tools.de') });
    expect(dry.rows[4].warnings).toEqual(expect.arrayContaining(['Unrecognised country: "ZZ"', 'Unrecognised phone: "12"', expect.stringContaining('nobody@tradewind.test')]));
    expect(dry.rows[5].error).toBe('No company name, e-mail or website.');
    expect(await count('customer')).toBe(0);

    const real = await importCsv(lines);
    expect({ created: real.created, merged: real.merged, errors: real.errors }).toEqual({ created: 3, merged: 2, errors: 1 });
    const hanse = real.rows[0].customerId!;
    expect(real.rows[1].customerId).toBe(hanse);
    const [customer] = await api.dataSource.query('SELECT owner_id, notes, country, website_domain FROM customer WHERE id = $1', [hanse]);
    expect(customer).toEqual({ owner_id: sales.id, notes: 'VIP at fair', country: 'DE', website_domain: 'hanse-tools.de' });
    const contacts = await api.dataSource.query('SELECT name, emails FROM contact WHERE customer_id = $1 ORDER BY name', [hanse]);
    expect(contacts).toEqual([{ name: 'Anna Weber', emails: ['anna@hanse-tools.de'] }, { name: 'Jan Roth', emails: ['jan@hanse-tools.de'] }]);
    const tags = await api.dataSource.query('SELECT t.name FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.customer_id = $1 ORDER BY t.name', [hanse]);
    expect(tags).toEqual([{ name: 'Europe' }, { name: 'Tools' }]);
    const orion = await api.dataSource.query("SELECT owner_id, notes FROM customer WHERE name = 'Orion Trading'");
    expect(orion).toEqual([{ owner_id: null, notes: 'Unrecognised country / 无法识别的国家: "ZZ"\nUnrecognised phone / 无法识别的电话: "12"' }]);

    const counts = { customers: await count('customer'), contacts: await count('contact'), tags: await count('customer_tag') };
    const again = await importCsv(lines);
    expect({ created: again.created, merged: again.merged, errors: again.errors }).toEqual({ created: 0, merged: 5, errors: 1 });
    expect({ customers: await count('customer'), contacts: await count('contact'), tags: await count('customer_tag') }).toEqual(counts);
    expect(await customersWithStaleTagIds(api)).toEqual([]);
  });

  it('keeps companies apart that share only a name across countries or a free-mail domain', async () => {
    const report = await importCsv([
      'Golden Dragon Trading Co Ltd,CN,,,,,,,',
      'Golden Dragon Trading Company Limited,US,,,,,,,',
      'Sunrise Textiles,IN,Raj,raj.sunrise@gmail.com,,,,,',
      'Moonlight Garments,IN,Priya,priya.moon@gmail.com,,,,,',
      'Nordic Furniture AB,SE,,,,nordic-furniture.se,,,',
      'Nordic Furniture AB,SE,,,,nordicfurn.com,,,',
    ]);
    expect(report.rows.map((r) => r.status)).toEqual(['created', 'created', 'created', 'created', 'created', 'created']);
  });

  it('enriches an existing customer without erasing anything', async () => {
    const first = await importCsv(['Baltic Marine OÜ,EE,Tiit,tiit@balticmarine.ee,,,,,Pays on time']);
    const id = first.rows[0].customerId!;
    await api.dataSource.query("UPDATE customer SET city = 'Tallinn' WHERE id = $1", [id]);
    const second = await importCsv(['Baltic Marine,Estonia,Kadri,kadri@balticmarine.ee,+372 5123 4567,balticmarine.ee,Shipping,,Prefers CIF']);
    expect(second.rows[0]).toMatchObject({ status: 'merged', customerId: id, matchedOn: 'email_domain' });
    const [customer] = await api.dataSource.query('SELECT city, website_domain, notes FROM customer WHERE id = $1', [id]);
    expect(customer).toEqual({ city: 'Tallinn', website_domain: 'balticmarine.ee', notes: 'Pays on time\nPrefers CIF' });
    const contacts = await api.dataSource.query('SELECT name, phone_e164 FROM contact WHERE customer_id = $1 ORDER BY name', [id]);
    expect(contacts).toEqual([{ name: 'Kadri', phone_e164: ['+37251234567'] }, { name: 'Tiit', phone_e164: [] }]);
  });

  it("refuses a salesperson's row that matches a colleague's customer, changing and naming nothing of it, and merges into the pool's", async () => {
    const { token: colleague } = await api.signedIn('sales');
    const theirs = await createCustomer(api, colleague, { name: 'Alpine Haus AG', country: 'CH', notes: 'Key account', contacts: [{ name: 'Heidi Keller', emails: ['heidi@alpinehaus.ch'] }] });
    const pooled = await createCustomer(api, adminToken, { name: 'Fjord Marine AS', country: 'NO', toPool: true, contacts: [{ name: 'Ola', emails: ['ola@fjordmarine.no'] }] });
    const snapshot = async (id: string) => api.dataSource.query('SELECT c.notes, c.version, (SELECT count(*)::int FROM contact ct WHERE ct.customer_id = c.id) AS contacts FROM customer c WHERE c.id = $1', [id]);
    const before = await snapshot(theirs.id);
    const lines = ['Alpine Copy,CH,Peter Copy,peter@alpinehaus.ch,,,,,imported by sales', 'Fjord Marine,NO,Kari,kari@fjordmarine.no,,,,,'];
    for (const dryRun of [true, false]) {
      const report = await importCsv(lines, { dryRun, as: sales });
      expect(report).toMatchObject({ created: 0, merged: 1, errors: 1 });
      expect(report.rows[0]).toMatchObject({
        row: 2, status: 'error', customerId: null, customerName: null, matchedOn: null, reason: null,
        error: "this company is already a colleague's customer that you cannot open (same e-mail domain); ask your manager to hand it over or to import the row",
      });
      expect(report.rows[1]).toMatchObject({ row: 3, status: 'merged', customerId: pooled.id, customerName: 'Fjord Marine AS', matchedOn: 'email_domain' });
    }
    expect(await snapshot(theirs.id)).toEqual(before);
    // Whoever may see every customer merges the row as before.
    expect((await importCsv(lines.slice(0, 1), { dryRun: true })).rows[0]).toMatchObject({ status: 'merged', customerId: theirs.id, customerName: 'Alpine Haus AG' });
  });

  it("gives a salesperson's rows only to themselves or the pool: another owner, or one it cannot read, sends the customer to the pool", async () => {
    const colleague = await api.createUser({ role: 'sales', email: 'other.owner@tradewind.test' });
    const report = await importCsv([
      'Owned Elsewhere Oy,FI,,,,,,other.owner@tradewind.test,',
      'Owner Unreadable Oy,FI,,,,,,John Smith,',
      'Owned By Me Oy,FI,,,,,,lin.sales@tradewind.test,',
      'No Owner Given Oy,FI,,,,,,,',
    ], { as: sales });
    expect(report.rows.map((r) => [r.status, r.warnings])).toEqual([
      ['created', ['Owner "other.owner@tradewind.test" is not you: salespeople create customers for themselves or the pool; a manager assigns them to others; the customer goes to the pool.']],
      ['created', ['Unrecognised owner e-mail: "John Smith"']],
      ['created', []],
      ['created', []],
    ]);
    const owners = await api.dataSource.query("SELECT name, owner_id FROM customer WHERE name LIKE '% Oy' AND name IN ('Owned Elsewhere Oy', 'Owner Unreadable Oy', 'Owned By Me Oy', 'No Owner Given Oy') ORDER BY name");
    expect(owners).toEqual([
      { name: 'No Owner Given Oy', owner_id: sales.id },
      { name: 'Owned By Me Oy', owner_id: sales.id },
      { name: 'Owned Elsewhere Oy', owner_id: null },
      { name: 'Owner Unreadable Oy', owner_id: null },
    ]);
    // A row without a company name makes a customer named after its domain, and says so.
    const nameless = await importCsv([',DE,Nora,nora@nameless-works.de,,,,,'], { as: sales });
    expect(nameless.rows[0]).toMatchObject({ status: 'created', customerName: 'Nameless Works', warnings: ['No company name: the new customer is called "Nameless Works" after its website or e-mail; rename it if that is wrong.'] });
    // An admin may name any salesperson.
    await importCsv(['Owned Elsewhere By Admin Oy,FI,,,,,,other.owner@tradewind.test,']);
    expect(await api.dataSource.query("SELECT owner_id FROM customer WHERE name = 'Owned Elsewhere By Admin Oy'")).toEqual([{ owner_id: colleague.id }]);
  });

  it('reads .xlsx files with Chinese headers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('客户');
    sheet.addRow(['客户名称', '国家', '联系人', '邮箱', '标签']);
    sheet.addRow(['上海远航贸易有限公司', '中国', '王芳', 'wang@yuanhang.cn', '亚洲、重点']);
    sheet.addRow(['上海远航贸易', 'CN', '李强', 'li@yuanhang.cn', '']);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const actor = { kind: 'user' as const, userId: admin.id, email: admin.email, role: admin.role, teamId: null };
    const report = await runInContext({ actor }, () => api.app.get(CustomerImportService).run(buffer, { fileName: '客户.xlsx', dryRun: false }));
    expect(report.rows.map((r) => [r.row, r.status, r.matchedOn])).toEqual([[2, 'created', null], [3, 'merged', 'email_domain']]);
  });

  it('finishes the job when run again after a crash midway, without duplicates', async () => {
    const rows = Array.from({ length: 2600 }, (_, i) => `Crashtest Company ${String(i).padStart(5, '0')} ${randomBytes(3).toString('hex')},FR,,c${i}@crashtest-${i}.example,,,,,`);
    rows[2300] = 'Explodes Here SARL,FR,,boom@explodes.example,,,,,';
    await api.dataSource.query(`CREATE FUNCTION refuse_boom() RETURNS trigger AS $$ BEGIN IF NEW.name = 'Explodes Here SARL' THEN RAISE EXCEPTION 'simulated crash'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await api.dataSource.query('CREATE TRIGGER refuse_boom BEFORE INSERT ON customer FOR EACH ROW EXECUTE FUNCTION refuse_boom()');
    const before = await count('customer');
    await expect(importCsv(rows)).rejects.toThrow('simulated crash');
    // The first batch (2,000 customers) committed; nothing of the failed batch is left behind.
    expect((await count('customer')) - before).toBe(2000);
    const contactsOfCommitted = await api.dataSource.query("SELECT count(*)::int AS n FROM contact WHERE emails[1] LIKE '%crashtest%'");
    expect(contactsOfCommitted[0].n).toBe(2000);
    await api.dataSource.query('DROP TRIGGER refuse_boom ON customer');
    const rerun = await importCsv(rows);
    expect({ created: rerun.created, merged: rerun.merged }).toEqual({ created: 600, merged: 2000 });
    expect((await count('customer')) - before).toBe(2600);
  });

  describe('through the API', () => {
    async function upload(content: Buffer | string, fileName: string): Promise<{ status: number; body: Record<string, unknown> }> {
      const form = new FormData();
      form.append('file', new Blob([content]), fileName);
      const response = await fetch(`${api.url}/api/crm/imports`, { method: 'POST', headers: { authorization: `Bearer ${adminToken}` }, body: form });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    }

    it.each([
      ['an empty file', '', 'empty.csv', /is empty/],
      ['a binary file', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), 'photo.csv', /not a text|binary|not UTF-8/i],
      ['a file without a recognisable header', 'foo,bar,baz\n1,2,3\n', 'numbers.csv', /header/i],
    ])('refuses %s with a clear message and writes nothing', async (_what, content, fileName, message) => {
      const before = await count('customer_import');
      const result = await upload(content, fileName);
      expect(result.status).toBe(400);
      expect(result.body).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(message), fields: [{ path: 'file', message: expect.any(String) }] });
      expect(await count('customer_import')).toBe(before);
    });

    it('refuses almost 50 MB of text garbage (under the size limit) for having no header, and writes nothing', async () => {
      const before = await count('customer_import');
      const line = 'lorem;ipsum;dolor;sit;amet;consectetur;adipiscing;elit;sed;do;eiusmod\n';
      const garbage = Buffer.from(line.repeat(Math.floor((49 * 1024 * 1024) / line.length)));
      const result = await upload(garbage, 'garbage.csv');
      expect(result.status).toBe(400);
      expect(result.body).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/header/i) });
      expect(await count('customer_import')).toBe(before);
    });

    it('refuses 50 MB of garbage quickly and writes nothing', async () => {
      const before = await count('customer_import');
      const garbage = Buffer.alloc(50 * 1024 * 1024 + 10, 'x');
      const result = await upload(garbage, 'huge.csv');
      expect(result.status).toBe(413);
      expect(result.body.code).toBe('PAYLOAD_TOO_LARGE');
      expect(await count('customer_import')).toBe(before);
    });

    it('runs an uploaded file as a dry run then for real in the worker, with a downloadable report', async () => {
      const { startTestWorker } = await import('../../../test/harness/test-app');
      const worker = await startTestWorker(api.config);
      try {
        const csv = [HEADER, 'Atlas Machinery Inc,US,Tom,tom@atlas-machinery.com,,,,,', 'Atlas Machinery,USA,Ann,ann@atlas-machinery.com,,,,,'].join('\n');
        const uploaded = await upload(csv, 'atlas.csv');
        expect(uploaded.status).toBe(201);
        expect(uploaded.body).toMatchObject({ totalRows: 2, mapping: ['name', 'country', 'contactName', 'email', 'phone', 'website', 'tags', 'owner', 'notes'] });
        const id = uploaded.body.importId as string;
        const STATUS = 'query($id: ID!) { customerImport(id: $id) { status created merged errors processedRows totalRows } }';
        const waitDone = async (): Promise<{ status: string; created: number; merged: number }> => {
          for (let i = 0; i < 200; i++) {
            const { customerImport } = await api.ok<{ customerImport: { status: string; created: number; merged: number } }>(STATUS, { id }, adminToken);
            if (customerImport.status === 'done' || customerImport.status === 'failed') return customerImport;
            await new Promise((r) => setTimeout(r, 100));
          }
          throw new Error('import did not finish');
        };
        await api.ok('mutation($id: ID!) { startCustomerImport(id: $id, dryRun: true) { status } }', { id }, adminToken);
        expect(await waitDone()).toMatchObject({ status: 'done', created: 1, merged: 1 });
        expect(await count("customer WHERE name LIKE 'Atlas%'")).toBe(0);
        const rows = await api.ok<{ customerImportRows: { nodes: { row: number; status: string; mergedIntoRow: number | null }[] } }>(
          'query($id: ID!) { customerImportRows(importId: $id, first: 10) { nodes { row status mergedIntoRow } } }', { id }, adminToken);
        expect(rows.customerImportRows.nodes).toEqual([{ row: 2, status: 'created', mergedIntoRow: null }, { row: 3, status: 'merged', mergedIntoRow: 2 }]);
        await api.ok('mutation($id: ID!) { startCustomerImport(id: $id, dryRun: false) { status } }', { id }, adminToken);
        expect(await waitDone()).toMatchObject({ status: 'done', created: 1, merged: 1 });
        expect(await count("customer WHERE name LIKE 'Atlas%'")).toBe(1);
        const report = await fetch(`${api.url}/api/crm/imports/${id}/report.xlsx`, { headers: { authorization: `Bearer ${adminToken}` } });
        expect(report.status).toBe(200);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(Buffer.from(await report.arrayBuffer()) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
        const sheet = workbook.worksheets[0];
        expect(sheet.getRow(3).getCell(2).value).toBe('merged');
        // Another user cannot read someone else's import.
        const { token: other } = await api.signedIn('sales');
        expect((await api.graphql(STATUS, { id }, other)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      } finally {
        await worker.close();
      }
    });
  });

  it('prints exactly one JSON document from the CLI, in the documented shape', async () => {
    const file = join(tmpdir(), `import-${randomBytes(4).toString('hex')}.csv`);
    await writeFile(file, [HEADER, 'Cli Widgets BV,NL,,info@cliwidgets.nl,,,,,', 'CLI Widgets B.V.,NL,,sales@cliwidgets.nl,,,,,'].join('\n'));
    const output = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/cli/src/main.ts', 'customers:import', file, '--json'], {
        cwd: join(__dirname, '../../..'),
        env: { ...process.env, DATABASE_URL: api.config.databaseUrl, REDIS_URL: api.config.redisUrl, NODE_ENV: 'test' },
      });
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.on('close', (code) => resolve({ code, stdout }));
    });
    expect(output.code).toBe(0);
    expect(output.stdout.trim().split('\n')).toHaveLength(1);
    const json = JSON.parse(output.stdout);
    expect(json).toEqual({
      created: 1,
      merged: 1,
      errors: 0,
      rows: [
        { row: 2, status: 'created', customerId: expect.any(String), matchedOn: null, error: null, warnings: [] },
        { row: 3, status: 'merged', customerId: json.rows[0].customerId, matchedOn: 'email_domain', error: null, warnings: [] },
      ],
    });
  });
});
