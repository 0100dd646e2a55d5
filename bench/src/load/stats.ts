/** Latency percentile by nearest rank over every sample (exact, no histogram buckets). */
export function percentile(sorted: Float64Array | readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function sortedSamples(samples: readonly number[]): Float64Array {
  return Float64Array.from(samples).sort();
}
