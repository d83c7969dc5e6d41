// File keys are URI strings in the extension (`file:///a/b.okr.yaml`, percent-encoded like VS Code's
// `uri.toString()`) and plain paths in the CLI (`/a/b.okr.yaml`, `C:\a\b.okr.yaml`). These helpers
// resolve `parent:` paths against either kind and compare keys whatever their encoding.

const URI_PREFIX = /^([a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/]*)(.*)$/;
const WINDOWS_DRIVE = /^[a-zA-Z]:[\\/]/;

interface SplitKey {
  /** What precedes the segments, separator included: `file://host/`, `C:\\`, `/`, or '' for a relative path. */
  root: string;
  segments: string[];
  isUri: boolean;
  separator: string;
}

/**
 * Resolves `relativePath` (as written in a `parent:` field, always with `/` or `\`) against the
 * folder of `fileKey`, returning a key of the same kind. An absolute path replaces the folder.
 */
export function resolveRelative(fileKey: string, relativePath: string): string {
  const base = splitKey(fileKey);
  const written = relativePath.trim().replace(/\\/g, '/');
  if (!base.isUri && WINDOWS_DRIVE.test(written)) {
    const absolute = splitKey(written);
    return joinKey(resolveSegments({ ...absolute, segments: [] }, absolute.segments));
  }
  if (written.startsWith('/')) {
    const root = base.isUri ? base.root : base.root.length > 1 ? base.root : base.separator;
    return joinKey(resolveSegments({ ...base, root, segments: [] }, written.split('/')));
  }
  return joinKey(resolveSegments({ ...base, segments: base.segments.slice(0, -1) }, written.split('/')));
}

/** A key that is equal for the same file however it was written: decoded, one separator. */
export function canonicalKey(fileKey: string): string {
  const { root, segments, isUri } = splitKey(fileKey);
  const decoded = isUri ? segments.map(safeDecode) : segments;
  // Windows drive letters and URI schemes are case-insensitive; the rest of a path is not.
  return `${root.replace(/\\/g, '/').toLowerCase()}${decoded.join('/')}`;
}

/** The last path segment, decoded: `platform.okr.yaml`. */
export function baseName(fileKey: string): string {
  const { segments, isUri } = splitKey(fileKey);
  const last = segments.at(-1) ?? '';
  return isUri ? safeDecode(last) : last;
}

/**
 * Short display paths: each key relative to the deepest folder all keys share
 * (`teams/platform.okr.yaml`), decoded, with `/`.
 */
export function displayPaths(fileKeys: readonly string[]): Map<string, string> {
  const split = fileKeys.map((key) => ({ key, parts: canonicalKey(key).split('/') }));
  let common = split.length > 0 ? split[0].parts.length - 1 : 0;
  for (const { parts } of split) {
    let shared = 0;
    while (shared < common && shared < parts.length - 1 && parts[shared] === split[0].parts[shared]) shared++;
    common = shared;
  }
  return new Map(split.map(({ key, parts }) => [key, parts.slice(common).join('/')]));
}

/** How `from` reaches `to` as a relative path (both keys of the same kind), for suggestions. */
export function relativePathBetween(from: string, to: string): string {
  const a = canonicalKey(from).split('/').slice(0, -1);
  const b = canonicalKey(to).split('/');
  let shared = 0;
  while (shared < a.length && shared < b.length - 1 && a[shared] === b[shared]) shared++;
  const ups = a.slice(shared).map(() => '..');
  return [...ups, ...b.slice(shared)].join('/');
}

function splitKey(fileKey: string): SplitKey {
  const uri = URI_PREFIX.exec(fileKey);
  if (uri) {
    const pathOnly = uri[2].replace(/[?#].*$/, '');
    return { root: `${uri[1]}/`, segments: pathOnly.split('/').filter(Boolean), isUri: true, separator: '/' };
  }
  if (WINDOWS_DRIVE.test(fileKey)) {
    return { root: `${fileKey.slice(0, 2)}\\`, segments: fileKey.slice(3).split(/[\\/]/).filter(Boolean), isUri: false, separator: '\\' };
  }
  const root = fileKey.startsWith('/') ? '/' : '';
  return { root, segments: fileKey.split('/').filter(Boolean), isUri: false, separator: '/' };
}

/** Appends written parts to `base`: `.` stays, `..` climbs (kept when a relative path runs out of folders). */
function resolveSegments(base: SplitKey, parts: string[]): SplitKey {
  const segments = [...base.segments];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part !== '..') segments.push(base.isUri ? encodeSegment(part) : part);
    else if (segments.length > 0 && segments[segments.length - 1] !== '..') segments.pop();
    else if (base.root === '') segments.push('..');
  }
  return { ...base, segments };
}

function joinKey({ root, segments, separator }: SplitKey): string {
  return root + segments.join(separator);
}

/** Encodes like VS Code's `Uri.toString()` for the characters a file name commonly holds. */
function encodeSegment(segment: string): string {
  return encodeURIComponent(safeDecode(segment)).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // a stray `%` is a literal character, not an escape
  }
}
