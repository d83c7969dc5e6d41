// "Did you mean …?" for a dangling id: the same id in another case, or a near miss (at most two
// edits) with the same prefix, so `CO-2.3` suggests `CO-2.2` but never an id of another team.
import { idPrefix } from '../links/ids';
import { editDistance } from '../text/editDistance';

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

/** Near misses compared per lookup, at most: a hostile file with thousands of look-alike ids stays linear. */
const MAX_CANDIDATES = 200;

/**
 * `similarId` over one fixed set of ids, indexed once: by lowercase id for a case-only difference,
 * and by prefix and length for near misses, so each lookup compares only ids that could be near.
 * Answers as `similarId` does (the first best in the ids' order) among at most MAX_CANDIDATES of them.
 */
export function similarIdFinder(known: Iterable<string>): (wanted: string) => string | undefined {
  const byLower = new Map<string, string>();
  const buckets = new Map<string, { id: string; order: number }[]>();
  let order = 0;
  for (const id of known) {
    const lower = id.toLowerCase();
    if (!byLower.has(lower)) byLower.set(lower, id);
    const key = `${prefixOf(lower)}\n${lower.length}`;
    const bucket = buckets.get(key);
    if (bucket) bucket.push({ id, order: order++ });
    else buckets.set(key, [{ id, order: order++ }]);
  }
  const answers = new Map<string, string | undefined>();
  return (wanted) => {
    if (answers.has(wanted)) return answers.get(wanted);
    const lower = wanted.toLowerCase();
    let answer = byLower.get(lower);
    if (answer === undefined) {
      const prefix = prefixOf(lower);
      const candidates: { id: string; order: number }[] = [];
      for (let length = lower.length - MAX_DISTANCE; length <= lower.length + MAX_DISTANCE; length++) {
        for (const candidate of buckets.get(`${prefix}\n${length}`) ?? []) {
          if (candidates.length >= MAX_CANDIDATES) break;
          candidates.push(candidate);
        }
      }
      answer = similarId(wanted, candidates.sort((a, b) => a.order - b.order).map((c) => c.id));
    }
    answers.set(wanted, answer);
    return answer;
  };
}

/** The id's prefix (`co` of `co-2.3`); text that is not id-shaped only matches itself. */
function prefixOf(id: string): string {
  return idPrefix(id) ?? id;
}
