import { main } from './cli/main';

// A reader that goes away (`okr report | head -c 10`) ends the pipeline: stop quietly, as cat does.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`okr: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  },
);
