import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { README_URL, ruleDocsUrl } from '../../../src/core/docs';
import { RULES } from '../../../src/core/lint';

// The README is the user's manual: every setting, command and rule a user can meet is in it.
describe('README', () => {
  const readme = readFileSync('README.md', 'utf8');
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
    contributes: { configuration: { properties: Record<string, unknown> }; commands: { command: string }[] };
    repository: { url: string };
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };

  it('documents every setting', () => {
    const missing = Object.keys(pkg.contributes.configuration.properties).filter((key) => !readme.includes(`\`${key}\``));
    assert.deepEqual(missing, []);
  });

  it('documents every command', () => {
    const missing = pkg.contributes.commands.map((c) => c.command).filter((id) => !readme.includes(`\`${id}\``));
    assert.deepEqual(missing, []);
  });

  describe('Rules, the one place rules are documented', () => {
    const start = readme.indexOf('\n## Rules\n');
    const end = readme.indexOf('\n## ', start + 1);
    const section = readme.slice(start, end < 0 ? undefined : end);
    const byId = new Map(section.split(/^### /m).slice(1).map((part) => [part.split('\n')[0].trim(), part]));

    it('has a heading for every rule, with a bad and a good example and the default severity', () => {
      assert.ok(start >= 0, 'README has no "## Rules"');
      for (const rule of RULES) {
        const part = byId.get(rule.id);
        assert.ok(part, `README's Rules have no "### ${rule.id}"`);
        assert.match(part, /\*\*Bad\*\*/, rule.id);
        assert.match(part, /\*\*Good\*\*/, rule.id);
        assert.ok(part.includes(rule.defaultSeverity), `${rule.id}: default severity`);
      }
      assert.deepEqual([...byId.keys()].filter((id) => !RULES.some((rule) => rule.id === id)), []);
    });

    it('is where diagnostics and SARIF link a rule to: the heading\'s anchor in the repository\'s README', () => {
      assert.equal(`${README_URL}.git`, pkg.repository.url);
      for (const rule of RULES) {
        const [page, anchor] = ruleDocsUrl(rule.id).split('#');
        assert.equal(page, README_URL);
        assert.ok(byId.has(anchor), `${rule.id} links to #${anchor}`);
      }
    });
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
