// `pnpm bench [names...] [--scale small|full] [--out docs/benchmarks.md]` and `pnpm bench generate --users N`.
import 'reflect-metadata';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Benchmark, BenchOutcome } from './benchmark';
import { BENCHMARKS } from './benchmarks/benchmarks';
import { REPO_ROOT } from './environment';
import { describeCounts, ensureDataset, generateDataset, Log } from './generate/generate-dataset';
import { GENERATORS } from './generate/generators';
import { DatasetSpec } from './generate/table-generator';
import { writeSection } from './report/benchmarks-doc';
import { machineBusyCores } from './load/cpu-meter';
import { describeMachine, formatMachine } from './report/machine';
import { renderIntro, renderSection, renderTable, SectionFacts } from './report/markdown';
import { isScaleName, Scale, SCALES } from './scales';

const DEFAULT_SEED = 'tradewind';
/** Before each benchmark, wait (up to QUIET_WAIT_MS) until the rest of the machine uses less than this. */
const QUIET_CORES = 0.2;
const QUIET_WAIT_MS = 5 * 60_000;
const ATTEMPTS = 3;

/** A mistake on the command line: reported with the usage, unlike failures of a run. */
class UsageError extends Error {}

const log: Log = (message) => process.stderr.write(`[bench] ${message}\n`);

function usage(): string {
  return [
    'usage: pnpm bench [names...] [--scale small|full] [--out docs/benchmarks.md] [--seed S] [--smoke] [--<table> N ...]',
    '       (--smoke: no waiting for an idle machine and one attempt, to check benchmarks run; use with --out /tmp/...)',
    '       pnpm bench generate [--scale small|full] [--seed S] [--<table> N ...]',
    '',
    `benchmarks (default: all): ${BENCHMARKS.map((b) => b.name).join(', ')}`,
    'dataset sizes (default: those of the scale):',
    ...GENERATORS.map(
      (g) => `  --${g.key} N   ${g.unit} (small ${SCALES.small.counts[g.key] ?? 0}, full ${SCALES.full.counts[g.key] ?? 0})`,
    ),
  ].join('\n');
}

interface Cli {
  command: 'run' | 'generate' | 'help';
  names: string[];
  scale: Scale;
  dataset: DatasetSpec;
  out: string;
  smoke: boolean;
}

/** Node's own parser; its complaints (an unknown flag) are usage errors. */
function parseFlags(argv: string[]): ReturnType<typeof parseFlagsStrict> {
  try {
    return parseFlagsStrict(argv);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function parseFlagsStrict(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      scale: { type: 'string', default: 'small' },
      out: { type: 'string', default: 'docs/benchmarks.md' },
      seed: { type: 'string', default: DEFAULT_SEED },
      help: { type: 'boolean', short: 'h', default: false },
      // Checks that benchmarks run (no waiting for an idle machine, one attempt); its figures are not for docs/.
      smoke: { type: 'boolean', default: false },
      ...Object.fromEntries(GENERATORS.map((g) => [g.key, { type: 'string' as const }])),
    },
  });
}

function parseCli(argv: string[]): Cli {
  const { values, positionals } = parseFlags(argv);
  const option = (name: string): string | boolean | undefined => (values as Record<string, string | boolean | undefined>)[name];
  const scaleName = String(option('scale'));
  if (!isScaleName(scaleName)) throw new UsageError(`--scale must be small or full (got "${scaleName}")`);
  const scale = SCALES[scaleName];
  const counts = { ...scale.counts };
  for (const g of GENERATORS) {
    const raw = option(g.key);
    if (raw === undefined) continue;
    if (typeof raw !== 'string' || !/^\d+$/.test(raw)) throw new UsageError(`--${g.key} must be a whole number (got "${String(raw)}")`);
    counts[g.key] = Number(raw);
  }
  const generate = positionals[0] === 'generate';
  if (generate && positionals.length > 1) throw new UsageError(`generate takes no names (got ${positionals.slice(1).join(' ')})`);
  return {
    command: option('help') ? 'help' : generate ? 'generate' : 'run',
    names: generate ? [] : positionals,
    scale,
    dataset: { seed: String(option('seed')), counts, today: new Date().toISOString().slice(0, 10) },
    out: resolve(REPO_ROOT, String(option('out'))),
    smoke: option('smoke') === true,
  };
}

function select(names: string[]): Benchmark[] {
  const unknown = names.filter((n) => !BENCHMARKS.some((b) => b.name === n));
  if (unknown.length)
    throw new UsageError(`unknown benchmark ${unknown.join(', ')}; there are ${BENCHMARKS.map((b) => b.name).join(', ')}`);
  return names.length ? BENCHMARKS.filter((b) => names.includes(b.name)) : [...BENCHMARKS];
}

async function runBenchmarks(cli: Cli): Promise<void> {
  const selected = select(cli.names);
  if (selected.some((b) => b.needsDataset)) await ensureDataset(cli.dataset, log);
  const machine = formatMachine(await describeMachine());
  writeSection(cli.out, 'intro', renderIntro(BENCHMARKS));
  const results = new Map<string, BenchOutcome>();
  for (const benchmark of selected) {
    const { outcome, facts } = await measureQuietly(benchmark, cli, machine, results);
    results.set(benchmark.name, outcome);
    // Written as soon as it is known, so a later failure keeps the sections already measured.
    writeSection(cli.out, benchmark.name, renderSection(benchmark, outcome, facts));
    process.stdout.write(
      `\n${benchmark.name}\n${renderTable(outcome.rows, benchmark.unit)}\n${outcome.notes.map((n) => `- ${n}`).join('\n')}\n\n`,
    );
  }
  log(`wrote ${relative(REPO_ROOT, cli.out)}`);
}

/**
 * Runs a benchmark on an idle machine; when other processes still took CPU during the measurement
 * (a test run started meanwhile), runs it again, up to ATTEMPTS times, and keeps the least disturbed.
 */
async function measureQuietly(
  benchmark: Benchmark,
  cli: Cli,
  machine: string,
  results: ReadonlyMap<string, BenchOutcome>,
): Promise<{ outcome: BenchOutcome; facts: SectionFacts }> {
  let best: { outcome: BenchOutcome; facts: SectionFacts } | undefined;
  for (let attempt = 1; attempt <= (cli.smoke ? 1 : ATTEMPTS); attempt++) {
    const busyBefore = cli.smoke ? await machineBusyCores(500) : await waitForQuietMachine();
    log(`${benchmark.name}: ${benchmark.title}${attempt > 1 ? ` (attempt ${attempt})` : ''}`);
    const facts = { measuredAt: new Date(), scale: cli.scale.name, dataset: describeCounts(cli.dataset), machine, busyBefore };
    const outcome = await benchmark.run({ scale: cli.scale, dataset: cli.dataset, results, log });
    if (!best || outcome.disturbance < best.outcome.disturbance) best = { outcome, facts };
    if (outcome.disturbance <= QUIET_CORES) break;
    log(`${benchmark.name}: other processes took ${outcome.disturbance.toFixed(2)} cores during the measurement`);
  }
  return best!;
}

/** Other work on a 2-core machine (a test run, a build) would halve the figures; wait it out. */
async function waitForQuietMachine(): Promise<number> {
  const deadline = Date.now() + QUIET_WAIT_MS;
  for (;;) {
    const busy = await machineBusyCores(2000);
    if (busy <= QUIET_CORES || Date.now() > deadline) return busy;
    log(`the machine is busy (${busy.toFixed(2)} cores in use); waiting for it to settle`);
  }
}

async function main(): Promise<void> {
  const cli = parseCli(process.argv.slice(2));
  switch (cli.command) {
    case 'help':
      process.stdout.write(`${usage()}\n`);
      return;
    case 'generate':
      await generateDataset(cli.dataset, log);
      return;
    case 'run':
      await runBenchmarks(cli);
      return;
  }
}

main().then(
  // Exit explicitly: a client some library keeps open must not leave `pnpm bench` hanging after the report.
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof UsageError) process.stderr.write(`${error.message}\n\n${usage()}\n`);
    else process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
