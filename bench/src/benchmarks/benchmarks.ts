import { Benchmark } from '../benchmark';
import { ceilingBenchmark } from './ceiling.bench';
import { meBenchmark } from './me.bench';
import { outboxBenchmark } from './outbox.bench';

/** Every benchmark, in the order a run executes them (`me` reuses the ceiling measured before it). */
export const BENCHMARKS: readonly Benchmark[] = [ceilingBenchmark, meBenchmark, outboxBenchmark];
