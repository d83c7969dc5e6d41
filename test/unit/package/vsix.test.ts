import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import * as path from 'path';

const root = path.resolve('.');

/** The names of the entries of a zip archive, read from its central directory. */
function zipEntries(archive: Buffer): string[] {
  const endOfDirectory = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(endOfDirectory >= 0, 'not a zip archive');
  const count = archive.readUInt16LE(endOfDirectory + 10);
  let offset = archive.readUInt32LE(endOfDirectory + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    assert.equal(archive.readUInt32LE(offset), 0x02014b50, 'a central directory entry');
    const nameLength = archive.readUInt16LE(offset + 28);
    const extraLength = archive.readUInt16LE(offset + 30);
    const commentLength = archive.readUInt16LE(offset + 32);
    names.push(archive.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

// Packaging is slow-ish (a production build plus vsce); one test covers the whole contract.
describe('npm run package', function () {
  this.timeout(120_000);

  it('produces a lean .vsix: what VS Code loads (the extension bundle, schemas, media) and docs only', () => {
    execFileSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: 'pipe' });
    const entries = zipEntries(readFileSync(path.join(root, 'dist/okr-lens.vsix')));
    const listing = entries.join('\n');
    const files = entries.filter((entry) => entry.startsWith('extension/')).map((entry) => entry.slice('extension/'.length));
    assert.ok(files.includes('dist/extension.js'), listing);
    assert.ok(files.includes('dist/panel.js'), `the panel's webview script, which the extension inlines:\n${listing}`);
    assert.ok(files.includes('schemas/okr.schema.json'), listing);
    // vsce stores the README as readme.md.
    assert.ok(files.includes('package.json') && files.includes('readme.md'), listing);
    assert.ok(!files.includes('dist/cli.js'), `the CLI ships in the npm package, not the .vsix:\n${listing}`);
    const unwanted = files.filter((f) => /^(src|test|bench|examples|scripts|node_modules)\/|\.map$|\.ts$/.test(f));
    assert.deepEqual(unwanted, [], `unexpected files in the package:\n${unwanted.join('\n')}`);
  });

  it('ships the CLI in the npm package, where `bin` points', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: root, encoding: 'utf8' })) as { files: { path: string }[] }[];
    const files = packed.files.map((file) => file.path);
    assert.equal(path.normalize(manifest.bin.okr), path.normalize('dist/cli.js'));
    assert.ok(files.includes('dist/cli.js'), files.join('\n'));
    assert.ok(!files.some((f) => /^(src|test|bench)\//.test(f)), files.join('\n'));
  });
});
