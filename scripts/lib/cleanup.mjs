// Cleanup for child processes (code-server, Chromium) and temp folders, also when a launcher is
// interrupted or crashes: registered actions run on SIGINT/SIGTERM/SIGHUP and on exit, newest
// first (so a server is killed before its folders are removed). They must be synchronous.
const actions = new Set();
let installed = false;

export function onCleanup(action) {
  if (!installed) install();
  actions.add(action);
  return () => actions.delete(action);
}

function runAll() {
  for (const action of [...actions].reverse()) {
    try {
      action();
    } catch {
      // Keep cleaning up the rest.
    }
  }
  actions.clear();
}

function install() {
  installed = true;
  process.on('exit', runAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      console.error(`\n${signal}: stopping the processes this script started`);
      runAll();
      process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
    });
  }
}
