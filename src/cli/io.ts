export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Wrong words on the command line: exit code 2 with the message and a pointer to --help. */
export class UsageError extends Error {}
