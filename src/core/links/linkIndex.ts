// The workspace's references, kept per file so one changed file is re-indexed on its own.
import type { Reference } from './references';

function sameReferences(a: readonly Reference[], b: readonly Reference[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (
      x.id !== y.id ||
      x.line !== y.line ||
      x.character !== y.character ||
      x.endCharacter !== y.endCharacter ||
      x.tag !== y.tag ||
      x.text !== y.text ||
      x.file !== y.file
    ) {
      return false;
    }
  }
  return true;
}

const byPosition = (a: Reference, b: Reference): number => a.line - b.line || a.character - b.character;

export class LinkIndex {
  private readonly byFile = new Map<string, readonly Reference[]>();
  /** id -> files holding at least one reference to it */
  private readonly filesById = new Map<string, Set<string>>();

  /** Replaces the references of `file` (none removes it); true when they differ from before. */
  setFile(file: string, refs: readonly Reference[]): boolean {
    const previous = this.byFile.get(file) ?? [];
    const next = [...refs].sort(byPosition);
    if (sameReferences(previous, next)) return false;
    this.forgetIds(file, previous);
    if (next.length === 0) {
      this.byFile.delete(file);
      return true;
    }
    this.byFile.set(file, next);
    for (const ref of next) {
      let files = this.filesById.get(ref.id);
      if (!files) this.filesById.set(ref.id, (files = new Set()));
      files.add(file);
    }
    return true;
  }

  removeFile(file: string): void {
    this.setFile(file, []);
  }

  /** References to exactly this id, by file then position. */
  referencesTo(id: string): Reference[] {
    const files = [...(this.filesById.get(id) ?? [])].sort();
    return files.flatMap((file) => this.byFile.get(file)!.filter((ref) => ref.id === id));
  }

  /** Every reference, by file then position. */
  all(): Reference[] {
    return this.files().flatMap((file) => this.byFile.get(file)!);
  }

  /** The files holding at least one reference, sorted. */
  files(): string[] {
    return [...this.byFile.keys()].sort();
  }

  /** The ids referenced anywhere. */
  ids(): string[] {
    return [...this.filesById.keys()].sort();
  }

  private forgetIds(file: string, refs: readonly Reference[]): void {
    for (const ref of refs) {
      const files = this.filesById.get(ref.id);
      if (!files) continue;
      files.delete(file);
      if (files.size === 0) this.filesById.delete(ref.id);
    }
  }
}
