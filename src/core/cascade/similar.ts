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

/** The id's prefix (`co` of `co-2.3`); text that is not id-shaped only matches itself. */
function prefixOf(id: string): string {
  return idPrefix(id) ?? id;
}
