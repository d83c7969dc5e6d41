// Finds `*.okr.yaml` files under a folder with the scanners' walker, so the CLI skips what the
// reference scan skips: ignore files (`.gitignore`, `.ignore`, `.rgignore`) at every level, the
// excludes, `.git` and `node_modules`. And reads one behind the fence: the root is a fence, so an
// OKR file is read only when it is a regular file inside the root once symlinks are resolved, and
// no more than the size limit is ever read, whatever stat() says (a device says 0).
import { constants, promises as fs } from 'fs';
import * as path from 'path';
import { oversizedFile, ParsedOkrFile } from './format/parse';
import { walkFolder } from './links/scan/walk';
import { ZERO_RANGE, type Finding } from './types';

export const OKR_FILE_SUFFIX = '.okr.yaml';

export function isOkrFile(file: string): boolean {
  return file.endsWith(OKR_FILE_SUFFIX);
}

export async function findOkrFiles(root: string, extraExcludes: readonly string[] = []): Promise<string[]> {
  const found: string[] = [];
  // Anything named *.okr.yaml that is not a folder: symlinks, FIFOs and devices too, so that
  // readOkrFileInside can say why it did not read them. Symlinked folders are not followed (no loops).
  const wanted = (entry: { name: string; isDirectory(): boolean }) => !entry.isDirectory() && isOkrFile(entry.name);
  await walkFolder(root, { exclude: extraExcludes, wanted }, (file) => found.push(file));
  const named: string[] = [];
  for (const file of found) named.push(file.includes('\uFFFD') ? await escapedName(file) : file);
  return named.sort();
}

/**
 * A name that is not UTF-8 arrives with U+FFFD for each bad byte, which names no file and hides what
 * it was. It is shown as its bytes (`lat\xe9.okr.yaml`); readOkrFileInside finds the file again.
 */
async function escapedName(file: string): Promise<string> {
  const folder = path.dirname(file);
  const entries = await fs.readdir(folder, { encoding: 'buffer' }).catch(() => [] as Buffer[]);
  const match = entries.find((entry) => entry.toString('utf8') === path.basename(file));
  return match ? path.join(folder, escapeBytes(match)) : file;
}

/** Valid UTF-8 as it is; every byte outside it as `\xNN`. */
function escapeBytes(name: Buffer): string {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let out = '';
  let start = 0;
  for (let end = 0; end <= name.length; end++) {
    if (end < name.length && name[end] < 0x80) continue;
    out += name.subarray(start, end).toString('latin1');
    if (end === name.length) break;
    // A multi-byte sequence: take it when it decodes, else escape its first byte.
    const length = name[end] >= 0xf0 ? 4 : name[end] >= 0xe0 ? 3 : name[end] >= 0xc0 ? 2 : 1;
    let decoded: string | undefined;
    try {
      decoded = length > 1 ? decoder.decode(name.subarray(end, end + length)) : undefined;
    } catch {
      decoded = undefined;
    }
    if (decoded !== undefined) {
      out += decoded;
      end += length - 1;
    } else {
      out += `\\x${name[end].toString(16).padStart(2, '0')}`;
    }
    start = end + 1;
  }
  return out;
}

/** An OKR file's text, or why it was not read. */
export type OkrFileRead =
  | { text: string }
  | { skipped: 'outside-root' | 'not-regular' | 'unreadable'; reason: string }
  | { skipped: 'too-large'; bytes: number };

/**
 * Reads `file` when it is a regular file inside `root` after resolving symlinks, at most
 * `maxBytes + 1` bytes of it. Never throws for file-system reasons and never blocks on a FIFO.
 */
export async function readOkrFileInside(root: string, file: string, maxBytes: number): Promise<OkrFileRead> {
  // As bytes, compared as latin1 (one character per byte): names need not be UTF-8.
  let real: Buffer;
  let realRoot: Buffer;
  try {
    realRoot = await fs.realpath(root, { encoding: 'buffer' });
    real = await fs.realpath(await rawName(file), { encoding: 'buffer' });
  } catch (error) {
    return { skipped: 'unreadable', reason: osReason(error) };
  }
  const inside = path.relative(realRoot.toString('latin1'), real.toString('latin1'));
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) {
    return { skipped: 'outside-root', reason: 'not read: it points outside the repository' };
  }
  let handle: fs.FileHandle;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; O_NOFOLLOW: the path was resolved above.
    handle = await fs.open(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    return { skipped: 'unreadable', reason: osReason(error) };
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { skipped: 'not-regular', reason: `not read: it is ${kindOf(stat)}, not a regular file` };
    const buffer = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(stat.size + 1, 64 * 1024)));
    let filled = 0;
    let chunk = buffer;
    for (;;) {
      if (filled === chunk.length) {
        // The limit holds on bytes read; stat's size only words the message (a regular file's is right).
        if (chunk.length > maxBytes) return { skipped: 'too-large', bytes: Math.max(filled, stat.size) };
        const larger = Buffer.allocUnsafe(Math.min(chunk.length * 4, maxBytes + 1));
        chunk.copy(larger, 0, 0, filled);
        chunk = larger;
      }
      const { bytesRead } = await handle.read(chunk, filled, chunk.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return { text: new TextDecoder('utf-8').decode(chunk.subarray(0, filled)) };
  } catch (error) {
    return { skipped: 'unreadable', reason: osReason(error) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * The result for an OKR file that was not read: one finding on the file, so it does not silently
 * disappear, and the rest of the workspace is still checked. `sizeKnob` names what raises the limit
 * for the host (a CLI option, a setting).
 */
export function unreadOkrFile(file: string, read: Exclude<OkrFileRead, { text: string }>, maxBytes: number, sizeKnob?: string): ParsedOkrFile {
  if (read.skipped === 'too-large') return oversizedFile(file, read.bytes, maxBytes, sizeKnob);
  const parsed = oversizedFile(file, 0, maxBytes);
  const finding: Finding = {
    rule: 'file-unreadable',
    severity: read.skipped === 'unreadable' ? 'error' : 'info',
    message: `This OKR file was ${read.skipped === 'unreadable' ? 'not read: ' : ''}${read.reason}. It was not checked; the other files were.`,
    file,
    range: ZERO_RANGE,
    data: { reason: read.skipped },
  };
  parsed.findings = [finding];
  return parsed;
}

/**
 * The path as the file system spells it. A name that is not UTF-8 reaches us decoded with U+FFFD in
 * it, or escaped by findOkrFiles, which names no file: find the entry of its folder it stands for.
 */
async function rawName(file: string): Promise<string | Buffer> {
  const name = path.basename(file);
  if (!name.includes('\uFFFD') && !name.includes('\\x')) return file;
  if (await fs.lstat(file).then(() => true, () => false)) return file;
  const folder = path.dirname(file);
  const entries = await fs.readdir(folder, { encoding: 'buffer' }).catch(() => [] as Buffer[]);
  const match = entries.find((entry) => entry.toString('utf8') === name || escapeBytes(entry) === name);
  return match ? Buffer.concat([Buffer.from(folder + path.sep), match]) : file;
}

const OS_REASONS: Record<string, string> = {
  ENOENT: 'it does not exist (a dangling symbolic link, or deleted while being read)',
  ELOOP: 'its symbolic links loop',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  EISDIR: 'it is a folder',
  ENAMETOOLONG: 'its name is too long',
  EAGAIN: 'it is not ready to be read (a FIFO or socket?)',
  EIO: 'an input/output error',
  ENOTDIR: 'a folder in its path is not a folder',
  EMFILE: 'too many files are open',
};

function osReason(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code === 'string') return `${OS_REASONS[code] ?? 'the system refused to read it'} (${code})`;
  return error instanceof Error ? error.message : String(error);
}

function kindOf(stat: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isDirectory(): boolean }): string {
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isDirectory()) return 'a folder';
  return 'a special file';
}
