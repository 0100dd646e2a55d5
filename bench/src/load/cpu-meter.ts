import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { BENCH_DATABASE } from '../environment';

/**
 * A named set of processes whose CPU time is added up: one pid, every process of a command, or the
 * finished children of a process (a CLI run the bench waited for: its time moves to its parent's
 * cutime when it exits, and /proc no longer lists it).
 */
export type ProcessGroup =
  /** `andChildren`: with the processes it runs (an API started with API_PROCESSES > 1). */
  | { label: string; pid: number; andChildren?: boolean }
  | { label: string; command: 'postgres' | 'redis-server' }
  | { label: string; childrenOf: number };

/** Cores used per group during a measurement, and by everything else on the machine. */
export interface CpuUsage {
  groups: { label: string; cores: number }[];
  other: number;
  /** The biggest of the other processes by command name, to tell a test run from kernel work. */
  others: { command: string; cores: number }[];
}

/** More than this from other processes during a measurement means someone else was working on the machine. */
const DISTURBED_CORES = 0.2;

const TICKS_PER_SECOND = clockTicks();

/** "CPU while measuring, in cores: API 1.02, autocannon 0.31, other processes 0.01." plus a warning when disturbed. */
export function cpuNote(during: string, usage: CpuUsage): string {
  const parts = [...usage.groups.map((g) => `${g.label} ${g.cores.toFixed(2)}`), `other processes ${usage.other.toFixed(2)}`];
  const culprits = usage.others.map((o) => `${o.command} ${o.cores.toFixed(2)}`).join(', ');
  const warning =
    usage.other > DISTURBED_CORES
      ? ` Other processes took ${usage.other.toFixed(2)} cores meanwhile${culprits ? ` (${culprits})` : ''}: these figures are pessimistic.`
      : '';
  return `CPU ${during}, in cores: ${parts.join(', ')}.${warning}`;
}

interface ProcessTicks {
  group: string | undefined;
  command: string;
  ticks: number;
}

/**
 * CPU time each group used during a measurement, from /proc (Linux only), in cores. Says which
 * process saturates the machine, which is the evidence "what bounds it" needs. PostgreSQL counts its
 * background processes and the backends of the bench database only: other people's test databases
 * on the same server show up as "other processes", as they should.
 */
export class CpuMeter {
  /** The last sample of every process seen, so one that exits before `stop` keeps what it used until then. */
  private readonly latest: Map<number, ProcessTicks>;
  private poller: NodeJS.Timeout | undefined;

  private constructor(
    private readonly groups: ProcessGroup[],
    private readonly before: Map<number, ProcessTicks>,
    private readonly machineBefore: number,
    private readonly startedAt: number,
  ) {
    this.latest = new Map(before);
  }

  /**
   * `pollMs`: sample every so often too, for measurements where processes come and go (a CLI run and
   * its database connections); without it, only processes alive at `stop` are counted.
   */
  static start(groups: ProcessGroup[], pollMs?: number): CpuMeter {
    const meter = new CpuMeter(groups, sample(groups), machineBusyTicks(), performance.now());
    if (pollMs) meter.poller = setInterval(() => meter.poll(), pollMs);
    return meter;
  }

  private poll(): void {
    for (const [pid, now] of sample(this.groups)) this.latest.set(pid, now);
  }

  stop(): CpuUsage {
    clearInterval(this.poller);
    this.poll();
    const cores = (ticks: number): number => ticks / TICKS_PER_SECOND / ((performance.now() - this.startedAt) / 1000);
    const machine = cores(machineBusyTicks() - this.machineBefore);
    const used = new Map<string, number>(this.groups.map((g) => [g.label, 0]));
    const unattributed = new Map<string, number>();
    // Per process, so a process that exits meanwhile (a closed connection's backend) cannot subtract its past.
    for (const [pid, now] of this.latest) {
      const ticks = now.ticks - (this.before.get(pid)?.ticks ?? 0);
      if (now.group !== undefined) used.set(now.group, (used.get(now.group) ?? 0) + ticks);
      else unattributed.set(now.command, (unattributed.get(now.command) ?? 0) + ticks);
    }
    const groups = [...used].map(([label, ticks]) => ({ label, cores: cores(ticks) }));
    const others = [...unattributed]
      .map(([command, ticks]) => ({ command, cores: cores(ticks) }))
      .filter((o) => o.cores >= 0.05)
      .sort((a, b) => b.cores - a.cores)
      .slice(0, 3);
    return { groups, other: Math.max(0, machine - groups.reduce((sum, g) => sum + g.cores, 0)), others };
  }
}

/** Cores the whole machine keeps busy over `ms`: tells whether anything else is running before a measurement. */
export async function machineBusyCores(ms: number): Promise<number> {
  const before = machineBusyTicks();
  const started = performance.now();
  await new Promise((resolve) => setTimeout(resolve, ms));
  return (machineBusyTicks() - before) / TICKS_PER_SECOND / ((performance.now() - started) / 1000);
}

/** Busy time of all cores together from /proc/stat (user, nice, system, irq, softirq, steal). */
function machineBusyTicks(): number {
  try {
    const [, user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]
      .trim()
      .split(/\s+/)
      .map(Number);
    return user + nice + system + irq + softirq + steal;
  } catch {
    return 0;
  }
}

function sample(groups: ProcessGroup[]): Map<number, ProcessTicks> {
  const processes = new Map<number, ProcessTicks>();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return processes;
  }
  for (const pid of pids.map(Number)) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // "pid (command) state ..."; the command may hold spaces and parentheses, so split at the last ")".
    const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime
    const parentPid = Number(fields[1]);
    const group = groups.find((g) =>
      'pid' in g ? g.pid === pid || (g.andChildren === true && g.pid === parentPid) : 'command' in g && g.command === command && belongsToBench(pid, command),
    );
    processes.set(pid, { group: group?.label, command, ticks });
    const children = groups.find((g) => 'childrenOf' in g && g.childrenOf === pid);
    // Keyed by the negative pid: a second entry beside the process's own time.
    if (children) processes.set(-pid, { group: children.label, command: `${command} children`, ticks: Number(fields[13]) + Number(fields[14]) });
  }
  return processes;
}

/**
 * A PostgreSQL backend titles itself "postgres: 15/main: <user> <database> <host>(<port>) <state>".
 * The bench database's throw-away copies (tradewind_bench_import …) count as the bench's.
 */
function belongsToBench(pid: number, command: string): boolean {
  if (command !== 'postgres') return true;
  let title: string;
  try {
    title = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return false;
  }
  const backend = /^postgres: [^:]+: \S+ (\S+) (?:\[local\]|\S+\(\d+\))/.exec(title);
  return !backend || backend[1] === BENCH_DATABASE || backend[1].startsWith(`${BENCH_DATABASE}_`);
}

function clockTicks(): number {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
}
