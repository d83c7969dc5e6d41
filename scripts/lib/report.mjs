// Prints mocha results (the JSON the in-host runner writes) the way mocha's spec reporter would.

const STACK_LINES = 6;

export function printSuiteResults({ suite, passes, failures, pending = [] }) {
  for (const test of passes) console.log(`  ✓ ${test.fullTitle}${test.durationMs ? ` (${test.durationMs} ms)` : ''}`);
  for (const test of pending) console.log(`  - ${test.fullTitle} (pending)`);
  failures.forEach((test, index) => {
    console.log(`  ✗ ${index + 1}) ${test.fullTitle}`);
    const detail = test.stack && test.stack.includes(test.message ?? '') ? test.stack : `${test.message ?? ''}\n${test.stack ?? ''}`;
    const lines = detail.trim().split('\n');
    const shown = lines.slice(0, lines.findIndex((line) => /^\s+at /.test(line)) + STACK_LINES);
    for (const line of (shown.length > 0 ? shown : lines)) console.log(`      ${line}`);
  });
  console.log(`  ${suite}: ${passes.length} passed, ${failures.length} failed`);
}
