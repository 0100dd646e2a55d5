import { Benchmark, BenchContext, BenchOutcome } from '../benchmark';
import { BENCH_ACCOUNTS } from '../generate/users.generator';
import { BenchApi } from '../servers/api';
import { measureGraphqlCases } from './graphql-load';

const DUPLICATES = '{ possibleDuplicates(first: 20) { totalCount nodes { matchedOn reason a { id name country } b { id name country } } } }';

async function run(context: BenchContext): Promise<BenchOutcome> {
  const api = await BenchApi.start();
  const body = [JSON.stringify({ query: DUPLICATES })];
  try {
    return await measureGraphqlCases(
      api,
      'possibleDuplicates',
      [
        { label: 'first page of possible duplicates, admin (every customer)', email: BENCH_ACCOUNTS.admin, bodies: body, connections: 1 },
        { label: 'the same, manager (their team and the pool)', email: BENCH_ACCOUNTS.manager, bodies: body, connections: 1 },
        { label: 'the same, salesperson (their own, shared and the pool)', email: BENCH_ACCOUNTS.sales, bodies: body, connections: 1 },
      ],
      context.log,
    );
  } finally {
    await api.stop();
  }
}

export const crmDuplicatesBenchmark: Benchmark = {
  name: 'crm-duplicates',
  title: 'possible duplicates list',
  summary: "the duplicates page's list (`possibleDuplicates(first: 20)`) over 100,000 customers, one request at a time, for an admin, a manager and a salesperson.",
  measures:
    "The request the SPA's duplicates page sends: the first 20 pairs of customers the caller may see that the import's matching rules take for one, with their names and the reason, and the number of pairs (capped at 2,000). One connection, 2 s warm-up, 10 s measured, against the real API, once per role; each request computes the pairs afresh.",
  target: 'None set by the issue.',
  boundBy:
    "The API's one thread: every request reads the match keys of every customer the caller may see and builds the matcher over them, as an import does (for the admin, 100,000 customers: about 1.4 s of loading and 2 s of indexing on this machine, see crm-import's phases), then walks it for pairs. A manager or salesperson sees far fewer customers (their own or team's and the 9,789 in the pool), hence the difference. Before 2026-12-06 the admin's request also read the ids of all 100,000 visible customers as entities and sent them back as a filter: 4.0 to 4.4 s a page against 3.2 to 3.9 s without (a script, three requests each, same hour). Paging through the list or coming back after a merge computes everything again; storing the pairs (a table a worker job refreshes) would make pages cheap, at the price of a list that lags behind edits by the job's delay: not done.",
  unit: 'req/s',
  needsDataset: true,
  run,
};
