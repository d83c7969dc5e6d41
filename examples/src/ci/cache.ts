// Build cache for CI jobs.
export function cacheKey(lockfileHash: string, nodeVersion: string): string {
  // TODO(PLAT-1.1): cache docker layers as well, not only node_modules
  return `${nodeVersion}-${lockfileHash}`;
}

export function shouldRestore(hit: boolean): boolean {
  /* FIXME [PLAT-1.1] restore partial caches on a miss */
  return hit;
}
