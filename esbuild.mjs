// Bundles the extension, the CLI and the progress panel's webview script. `--production` minifies
// (for the .vsix); otherwise source maps.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
};

// The webview script runs in the panel's page, inlined under the CSP nonce (renderPanelPage): no
// source map (it would name a file the page cannot fetch), and esbuild escapes any `</script` in
// strings, which renderPanelPage refuses. test/unit/render/chromium.ts builds it the same way.
const webview = {
  bundle: true,
  platform: 'browser',
  target: 'es2020',
  format: 'iife',
  minify: production,
  sourcemap: false,
  logLevel: 'warning',
};

const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...webview, entryPoints: ['src/webview/panel.ts'], outfile: 'dist/panel.js' },
];

if (watch) {
  for (const options of builds) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
  }
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
