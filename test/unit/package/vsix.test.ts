import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as path from 'path';

// Packaging is slow-ish (a production build plus vsce); one test covers the whole contract.
describe('npm run package', function () {
  this.timeout(120_000);

  it('produces a lean .vsix: bundles, schema, media and docs only', () => {
    const root = path.resolve('.');
    execFileSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: 'pipe' });
    const listing = execFileSync(path.join(root, 'node_modules/.bin/vsce'), ['ls', '--no-dependencies'], {
      cwd: root,
      encoding: 'utf8',
    });
    const files = listing.split('\n').map((l) => l.trim()).filter(Boolean);
    assert.ok(files.includes('dist/extension.js'), listing);
    assert.ok(files.includes('dist/cli.js'), listing);
    assert.ok(files.includes('schemas/okr.schema.json'), listing);
    assert.ok(files.includes('package.json') && files.includes('README.md'), listing);
    const unwanted = files.filter((f) => /^(src|test|bench|examples|scripts|node_modules)\/|\.map$|\.ts$/.test(f));
    assert.deepEqual(unwanted, [], `unexpected files in the package:\n${unwanted.join('\n')}`);
  });
});
