function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The nearest candidate, if it is near enough to be a typo (case and separators ignored). */
export function didYouMean(value: string, candidates: Iterable<string>): string | undefined {
  const normal = value.toUpperCase().replace(/[\s-]+/g, '_');
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.ceil(normal.length / 3)) + 1;
  for (const candidate of candidates) {
    // A truncated code ('MONITOR_LIMIT' for 'MONITOR_LIMIT_REACHED') is a near miss too.
    const truncated = normal.length >= 6 && candidate.startsWith(normal);
    const d = candidate === normal ? 0 : truncated ? 1 : distance(normal, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
