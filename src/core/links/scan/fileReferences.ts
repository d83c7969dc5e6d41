// Reads one file for the scanners and returns its references, skipping what is not worth parsing:
// files too large, binary files (a NUL byte in the first 8 KB) and files where no tag is followed
// by something id-shaped (checked on the bytes, before any decoding). Only the lines that may hold a
// reference are decoded and parsed, from the nearest line before them that starts in plain code
// (codeLineStart.ts); the result is what `findReferences` gives for the whole text.
import * as fs from 'fs';
import { commentSyntaxFor } from '../commentSyntax';
import { findReferences, Reference } from '../references';
import { codeLineStart } from './codeLineStart';
import { isFileSystemError } from './shared';

const BINARY_SNIFF_BYTES = 8192;
const NEWLINE = 10;

export type FileReader = (file: string) => Reference[];

const isBlank = (byte: number): boolean => byte === 32 || byte === 9;
const isLetter = (byte: number): boolean => (byte | 32) >= 97 && (byte | 32) <= 122;
const isDigit = (byte: number): boolean => byte >= 48 && byte <= 57;
const isWordByte = (byte: number): boolean => isLetter(byte) || isDigit(byte) || byte === 95;

/**
 * Whether the bytes after a tag could start `(PLAT-1…`: blanks, an optional `:`, an optional `(` or
 * `[` (each followed by blanks), a letter, word characters, `-` and a digit. A superset of what
 * `findReferences` accepts.
 */
function idMayFollow(bytes: Buffer, index: number): boolean {
  while (isBlank(bytes[index])) index++;
  if (bytes[index] === 58 /* : */) {
    index++;
    while (isBlank(bytes[index])) index++;
  }
  if (bytes[index] === 40 /* ( */ || bytes[index] === 91 /* [ */) {
    index++;
    while (isBlank(bytes[index])) index++;
  }
  if (!isLetter(bytes[index])) return false;
  index++;
  while (isWordByte(bytes[index])) index++;
  return bytes[index] === 45 /* - */ && isDigit(bytes[index + 1]);
}

/** Offsets of the first and the last tag that `idMayFollow` ([-1, -1] for none): every reference lies on their lines or between. */
function possibleReferences(bytes: Buffer, needles: readonly Buffer[]): [number, number] {
  let [first, last] = [-1, -1];
  // Forward: Buffer#indexOf finds a needle's first byte with memchr, lastIndexOf cannot.
  for (const needle of needles) {
    for (let at = bytes.indexOf(needle); at >= 0; at = bytes.indexOf(needle, at + 1)) {
      // Between the two already found, a tag changes neither.
      if ((at < first || at > last) && idMayFollow(bytes, at + needle.length)) {
        if (at < first || first < 0) first = at;
        if (at > last) last = at;
      }
    }
  }
  return [first, last];
}

function newlinesBetween(bytes: Buffer, start: number, end: number): number {
  let count = 0;
  for (let at = bytes.indexOf(NEWLINE, start); at >= 0 && at < end; at = bytes.indexOf(NEWLINE, at + 1)) count++;
  return count;
}

/**
 * The walkers hand over regular files inside the root (the Node walker takes no symlinks, rg follows
 * none without -L); the open makes sure: a symlink put in place since is refused (O_NOFOLLOW), a FIFO
 * cannot block the scan (O_NONBLOCK), and no more than the limit is ever read.
 */
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0);

/**
 * A synchronous reader that never throws for file-system reasons: an unreadable file (EACCES), a
 * file deleted mid-scan (ENOENT) or anything else with an error code just has no references.
 */
export function fileReferenceReader(tags: readonly string[], maxFileBytes: number): FileReader {
  const needles = tagNeedles(tags);
  // One buffer for every file (the scan reads one at a time), one byte larger than the limit: reading
  // until end of file instead of asking fstat for the size saves a call and its Date objects.
  let scratch = Buffer.allocUnsafe(Math.min(maxFileBytes + 1, 64 * 1024));

  const read = (file: string): Buffer | undefined => {
    const fd = fs.openSync(file, OPEN_FLAGS);
    try {
      let filled = 0;
      for (;;) {
        if (filled === scratch.length) {
          if (scratch.length > maxFileBytes) return undefined;
          const larger = Buffer.allocUnsafe(Math.min(scratch.length * 4, maxFileBytes + 1));
          scratch.copy(larger, 0, 0, filled);
          scratch = larger;
        }
        const wanted = scratch.length - filled;
        const bytesRead = fs.readSync(fd, scratch, filled, wanted, null);
        filled += bytesRead;
        // A regular file reads short only at its end: no further call to learn that it has ended.
        if (bytesRead < wanted) return scratch.subarray(0, filled);
      }
    } finally {
      fs.closeSync(fd);
    }
  };

  return (file) => {
    let bytes: Buffer | undefined;
    try {
      bytes = read(file);
    } catch (error) {
      if (isFileSystemError(error)) return [];
      throw error;
    }
    return bytes ? referencesInBytes(bytes, file, tags, needles) : [];
  };
}

/** The references in a file's bytes (read by the caller, e.g. asynchronously by the extension). */
export function referencesInBytes(bytes: Buffer, file: string, tags: readonly string[], needles = tagNeedles(tags)): Reference[] {
  const [first, last] = possibleReferences(bytes, needles);
  if (last < 0 || bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return [];
  // Decoding and parsing cover only the lines that may hold a reference, from a line start before
  // them where no comment or string is open: the references, their comment context and their
  // display text all lie there.
  const textStart = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0; // after a UTF-8 byte order mark
  const firstLine = Math.max(textStart, bytes.lastIndexOf(NEWLINE, first) + 1);
  const start = codeLineStart(bytes, commentSyntaxFor(file), textStart, firstLine);
  const lineEnd = bytes.indexOf(NEWLINE, last);
  const references = findReferences(bytes.toString('utf8', start, lineEnd < 0 ? bytes.length : lineEnd), file, tags);
  if (references.length > 0 && start > textStart) {
    const skippedLines = newlinesBetween(bytes, textStart, start);
    for (const reference of references) reference.line += skippedLines;
  }
  return references;
}

function tagNeedles(tags: readonly string[]): Buffer[] {
  return tags.filter((tag) => tag.length > 0).map((tag) => Buffer.from(tag, 'utf8'));
}
