// "Did you mean …?" for a dangling id: the same id in another case, or a near miss (at most two
// edits) with the same prefix, so `CO-2.3` suggests `CO-2.2` but never an id of another team.

const MAX_DISTANCE = 2;

export function similarId(wanted: string, known: Iterable<string>): string | undefined {
  const lower = wanted.toLowerCase();
  const prefix = prefixOf(lower);
  let best: string | undefined;
  let bestDistance = MAX_DISTANCE + 1;
  for (const id of known) {
    const candidate = id.toLowerCase();
    if (candidate === lower) return id;
    if (prefixOf(candidate) !== prefix || Math.abs(candidate.length - lower.length) > MAX_DISTANCE) continue;
    const distance = editDistance(lower, candidate, bestDistance);
    if (distance < bestDistance) {
      best = id;
      bestDistance = distance;
    }
  }
  // A one-character id is "near" everything of its length; only suggest for real near misses.
  return best !== undefined && bestDistance < wanted.length / 2 ? best : undefined;
}

function prefixOf(id: string): string {
  const dash = id.indexOf('-');
  return dash < 0 ? id : id.slice(0, dash);
}

/** Levenshtein distance, giving up (returning `limit`) once it must reach `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin >= limit) return limit;
    previous = current;
  }
  return previous[b.length];
}
