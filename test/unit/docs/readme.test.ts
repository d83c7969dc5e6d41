import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { RULES } from '../../../src/core/lint';

// The README is the user's manual: every setting, command and rule a user can meet is in it.
describe('README', () => {
  const readme = readFileSync('README.md', 'utf8');
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

  it('documents every setting', () => {
    const missing = Object.keys(pkg.contributes.configuration.properties).filter((key) => !readme.includes(`\`${key}\``));
    assert.deepEqual(missing, []);
  });

  it('documents every command', () => {
    const missing = pkg.contributes.commands.map((c: { command: string }) => c.command).filter((id: string) => !readme.includes(`\`${id}\``));
    assert.deepEqual(missing, []);
  });

  it('has a section for every rule, which diagnostics link to', () => {
    const missing = RULES.map((rule) => rule.id).filter((id) => !readme.includes(`\n### ${id}\n`));
    assert.deepEqual(missing, []);
  });

  it('gives the two commands from a fresh clone', () => {
    assert.match(readme, /npm ci && npm start/);
    assert.match(readme, /\nnpm test\b/);
  });

  it('justifies every runtime and development dependency in the design notes', () => {
    const deps = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)].filter((d) => !d.startsWith('@types/'));
    const missing = deps.filter((dep) => !readme.includes(`\`${dep}\``));
    assert.deepEqual(missing, []);
  });
});
