// Reads one file for the scanners and returns its references, skipping what is not worth parsing:
// files too large, binary files (a NUL byte in the first 8 KB) and files where no tag is followed
// by something id-shaped (checked on the bytes, before any decoding). Only the part of the file up
// to the last line that may hold a reference is decoded and parsed.
import * as fs from 'fs';
import { findReferences, Reference } from '../references';
import { isFileSystemError } from './shared';

const BINARY_SNIFF_BYTES = 8192;
const UTF8_BOM = 0xfeff;

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

/** Offset of the last tag that `idMayFollow`, or -1: every reference lies on or before its line. */
function lastPossibleReference(bytes: Buffer, needles: readonly Buffer[]): number {
  let last = -1;
  // Forward: Buffer#indexOf finds a needle's first byte with memchr, lastIndexOf cannot.
  for (const needle of needles) {
    for (let at = bytes.indexOf(needle); at >= 0; at = bytes.indexOf(needle, at + 1)) {
      if (at > last && idMayFollow(bytes, at + needle.length)) last = at;
    }
  }
  return last;
}

/**
 * A synchronous reader that never throws for file-system reasons: an unreadable file (EACCES), a
 * file deleted mid-scan (ENOENT) or anything else with an error code just has no references.
 */
export function fileReferenceReader(tags: readonly string[], maxFileBytes: number): FileReader {
  const needles = tags.filter((tag) => tag.length > 0).map((tag) => Buffer.from(tag, 'utf8'));
  // One buffer for every file (the scan reads one at a time), one byte larger than the limit: reading
  // until end of file instead of asking fstat for the size saves a call and its Date objects.
  let scratch = Buffer.allocUnsafe(Math.min(maxFileBytes + 1, 64 * 1024));

  const read = (file: string): Buffer | undefined => {
    const fd = fs.openSync(file, 'r');
    try {
      let filled = 0;
      for (;;) {
        if (filled === scratch.length) {
          if (scratch.length > maxFileBytes) return undefined;
          const larger = Buffer.allocUnsafe(Math.min(scratch.length * 4, maxFileBytes + 1));
          scratch.copy(larger, 0, 0, filled);
          scratch = larger;
        }
        const bytesRead = fs.readSync(fd, scratch, filled, scratch.length - filled, null);
        if (bytesRead === 0) return scratch.subarray(0, filled);
        filled += bytesRead;
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
    if (!bytes) return [];
    const last = lastPossibleReference(bytes, needles);
    if (last < 0 || bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return [];
    // Decoding and parsing stop at the end of the last line that may hold a reference: the
    // references, their comment context and their display text all lie before it.
    const lineEnd = bytes.indexOf(10, last);
    let text = bytes.toString('utf8', 0, lineEnd < 0 ? bytes.length : lineEnd);
    if (text.charCodeAt(0) === UTF8_BOM) text = text.slice(1);
    return findReferences(text, file, tags);
  };
}
