// Runs rg and hands out the files it lists while it is still running, so Node can read candidates
// on one core while rg searches on the others instead of waiting for rg to finish.
import { ChildProcess, spawn } from 'child_process';

const NUL = 0;
const STDERR_KEPT = 4096;

export class RipgrepCandidates {
  private readonly rg: ChildProcess;
  private readonly queue: string[] = [];
  private taken = 0;
  private partialPath: Buffer | undefined;
  private stderr = '';
  private outcome: { error: unknown } | 'done' | undefined;
  private wake: (() => void) | undefined;

  /** `args` must make rg print file paths, each followed by a NUL (`--files-with-matches --null`). */
  constructor(rgPath: string, args: string[], private readonly signal?: AbortSignal) {
    this.rg = spawn(rgPath, args, { stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    this.rg.stdout!.on('data', (chunk: Buffer) => this.parse(chunk));
    this.rg.stderr!.on('data', (chunk: Buffer) => {
      if (this.stderr.length < STDERR_KEPT) this.stderr += chunk.toString('utf8');
    });
    this.rg.on('error', (error) => this.settle({ error }));
    this.rg.on('close', (code, signalName) => {
      // 1: no match. 2 with nothing said: only files it could not read, which --no-messages hides.
      if (code === 0 || code === 1 || (code === 2 && this.stderr.trim() === '')) this.settle('done');
      else this.settle({ error: new Error(`ripgrep exited with ${code ?? signalName}: ${this.stderr.trim()}`) });
    });
    signal?.addEventListener('abort', this.stop, { once: true });
  }

  /** The next listed file, or undefined when none is waiting (then `await more()`). */
  take(): string | undefined {
    if (this.taken === this.queue.length) return undefined;
    const file = this.queue[this.taken++];
    if (this.taken === this.queue.length) this.queue.length = this.taken = 0;
    return file;
  }

  /**
   * Resolves true once more files are waiting, false once rg has listed them all; rejects with the
   * signal's reason once aborted, or with rg's failure.
   */
  async more(): Promise<boolean> {
    for (;;) {
      this.signal?.throwIfAborted();
      if (this.taken < this.queue.length) return true;
      if (this.outcome === 'done') return false;
      if (this.outcome) throw this.outcome.error;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  /** Ends rg if it still runs: for a scan that stops early. */
  readonly stop = (): void => {
    this.signal?.removeEventListener('abort', this.stop);
    if (this.outcome === undefined) this.rg.kill();
    this.notify();
  };

  private parse(chunk: Buffer): void {
    const data = this.partialPath ? Buffer.concat([this.partialPath, chunk]) : chunk;
    let start = 0;
    for (let end = data.indexOf(NUL); end >= 0; end = data.indexOf(NUL, start)) {
      this.queue.push(data.toString('utf8', start, end));
      start = end + 1;
    }
    this.partialPath = start < data.length ? data.subarray(start) : undefined;
    this.notify();
  }

  private settle(outcome: { error: unknown } | 'done'): void {
    this.outcome ??= outcome;
    this.signal?.removeEventListener('abort', this.stop);
    this.notify();
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}
