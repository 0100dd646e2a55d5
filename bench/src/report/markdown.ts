import { Benchmark, BenchOutcome, ResultRow } from '../benchmark';

export interface SectionFacts {
  measuredAt: Date;
  scale: string;
  dataset: string;
  machine: string;
  /** Cores in use on the machine just before the run (ideally about 0). */
  busyBefore: number;
}

/** One benchmark's section: what it measures, the target, what bounds it, where and when, the table and findings. */
export function renderSection(benchmark: Benchmark, outcome: BenchOutcome, facts: SectionFacts): string {
  const lines = [
    `## \`${benchmark.name}\`: ${benchmark.title}`,
    '',
    benchmark.measures,
    '',
    `- **Target:** ${benchmark.target}`,
    `- **What bounds it:** ${benchmark.boundBy}`,
    ...renderHistory(benchmark.history),
    '',
    `_Measured ${facts.measuredAt.toISOString().slice(0, 16).replace('T', ' ')} UTC · scale ${facts.scale} (${facts.dataset}) · ${facts.machine} · ${facts.busyBefore.toFixed(2)} cores busy just before the run._`,
    '',
    renderTable(outcome.rows, benchmark.unit),
  ];
  if (outcome.notes.length) lines.push('', ...outcome.notes.map((n) => `- ${n}`));
  return lines.join('\n');
}

/** Earlier measurements and attempts, folded; blank lines around the list so GitHub renders the markdown inside. */
function renderHistory(history: readonly string[] | undefined): string[] {
  if (!history?.length) return [];
  return [
    '',
    `<details><summary>What was measured and tried before (${history.length} entries)</summary>`,
    '',
    ...history.map((entry) => `- ${entry}`),
    '',
    '</details>',
  ];
}

export function renderTable(rows: ResultRow[], unit: string): string {
  const header = `| Operation | Concurrency | Duration (s) | Requests | Throughput (${unit}) | p50 (ms) | p95 (ms) | p99 (ms) | Errors / non-2xx |`;
  const align = '|---|--:|--:|--:|--:|--:|--:|--:|--:|';
  const body = rows.map(
    (r) =>
      `| ${r.operation} | ${r.concurrency} | ${r.durationSeconds.toFixed(1)} | ${whole(r.requests)} | ${whole(r.throughput)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.errors} / ${r.non2xx ?? '–'} |`,
  );
  return [header, align, ...body].join('\n');
}

function whole(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

function ms(n: number): string {
  return Number.isNaN(n) ? '–' : n.toFixed(1);
}

/** The top of the document: how to run, and one line per benchmark (rewritten on every run, so it lists them all). */
export function renderIntro(benchmarks: readonly Benchmark[]): string {
  return [
    'Measured by `pnpm bench` (code in `bench/`, see `bench/README.md`). From the repository root, with PostgreSQL and Redis running:',
    '',
    '```sh',
    'pnpm bench                          # every benchmark at the small scale',
    'pnpm bench ceiling me --scale full  # some of them, on the big dataset',
    'pnpm bench generate --users 5000    # only (re)build the bench database',
    '```',
    '',
    'A run rewrites only the sections of the benchmarks it ran, between their `<!-- bench:<name>:start/end -->` markers. Each section states the machine, date and scale of its figures: figures from different machines or scales do not compare. HTTP benchmarks run the server in a child process (with the production V8 flag of the API, `--max-semi-space-size=64`, see scripts/start.sh) and autocannon in the bench process, so both share the same cores, as they would on a small production box. Latencies are exact percentiles over every response of the measured window; "errors" counts connection errors, timeouts and wrong answers (a GraphQL error is a 200 with the wrong body).',
    '',
    ...benchmarks.map((b) => `- \`${b.name}\`: ${b.summary}`),
  ].join('\n');
}
