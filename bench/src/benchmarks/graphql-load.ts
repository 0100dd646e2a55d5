import { BenchOutcome, ResultRow } from '../benchmark';
import { cpuNote } from '../load/cpu-meter';
import { probe, runHttpLoad, STANDARD_HTTP_LOAD } from '../load/http-load';
import { BenchApi } from '../servers/api';

/** One row of a GraphQL benchmark: who asks, and the requests they send in turn (a different record each time). */
export interface GraphqlCase {
  label: string;
  email: string;
  bodies: readonly string[];
  connections: number;
  /** A line about the answers (how much they hold), from up to 200 of them asked once before the load. */
  describe?: (answers: string[]) => string;
}

/**
 * Signs in as each case's user and loads the real API with its requests (2 s warm-up, 10 s
 * measured); an answer that is not `data.<field>` without errors counts as an error.
 */
export async function measureGraphqlCases(api: BenchApi, field: string, cases: readonly GraphqlCase[], log: (message: string) => void): Promise<BenchOutcome> {
  const url = api.graphqlUrl;
  const rows: ResultRow[] = [];
  const notes: string[] = [];
  let disturbance = 0;
  for (const c of cases) {
    const headers = await api.signIn(c.email);
    // Asked once outside the load: the query is accepted (depth, complexity) and answers.
    const answers = await Promise.all(c.bodies.slice(0, 200).map((b) => probe(url, b, headers)));
    const wrong = answers.find((a) => !answered(field)(a));
    if (wrong) throw new Error(`${c.label}: the API answered ${wrong.slice(0, 500)}`);
    const described = c.describe?.(answers);
    if (described) log(`  ${c.label}: ${described}`);
    let next = 0;
    const { row, cpu } = await runHttpLoad({
      ...STANDARD_HTTP_LOAD,
      connections: c.connections,
      operation: c.label,
      url,
      body: () => c.bodies[next++ % c.bodies.length],
      headers,
      expectBody: answered(field),
      cpu: [
        { label: 'API', pid: api.server.pid, andChildren: true },
        { label: 'autocannon', pid: process.pid },
        { label: 'PostgreSQL', command: 'postgres' },
      ],
    });
    rows.push(row);
    notes.push(`${c.label}: ${described ? `${described}. ` : ''}${cpuNote('while measuring it', cpu)}`);
    disturbance = Math.max(disturbance, cpu.other);
  }
  return { rows, notes, disturbance };
}

/** A GraphQL answer with data for `field` and no errors (GraphQL reports errors with status 200). */
export function answered(field: string): (body: string) => boolean {
  const start = `{"data":{"${field}":`;
  return (body) => body.startsWith(start) && !body.includes('"errors":');
}
