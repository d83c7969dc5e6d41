// The last line every test launcher prints, "N passed, N failed" (scripts/test-all.mjs and CI read
// it), and its exit code: failing when anything failed or nothing ran.

export function printSummary(passed, failed) {
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
}

/** Runs a launcher's `main`: a crash still ends with the summary line, as one failure. */
export function runLauncher(main) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.stack : error);
    console.log('0 passed, 1 failed');
    process.exit(1);
  });
}
