import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { CONFIG_FILE_NAME, DEFAULT_CONFIG, mergeConfig } from '../../src/core/config';

describe('config', () => {
  it('has the documented defaults', () => {
    assert.equal(CONFIG_FILE_NAME, '.okr-lens.json');
    assert.deepEqual(DEFAULT_CONFIG, {
      rules: {},
      krCount: { min: 2, max: 5 },
      objectiveCount: { team: 3, company: 5 },
      tags: ['TODO', 'FIXME', 'HACK', 'XXX', 'OKR'],
      checkinCadenceDays: 7,
    });
  });

  it('is what the VS Code settings default to (package.json keeps its own copy for the Settings UI)', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { contributes: { configuration: { properties: Record<string, { default: unknown }> } } };
    const settings = manifest.contributes.configuration.properties;
    for (const [key, value] of Object.entries(DEFAULT_CONFIG)) assert.deepEqual(settings[`okr.${key}`].default, value, key);
  });

  describe('mergeConfig', () => {
    it('merges a valid workspace file over the base without touching the base', () => {
      const before = JSON.stringify(DEFAULT_CONFIG);
      const { config, problems } = mergeConfig(DEFAULT_CONFIG, {
        $schema: './okr-lens.schema.json',
        rules: { 'kr-task-like': 'error', 'kr-no-owner': 'off' },
        krCount: { min: 1, max: 4 },
        objectiveCount: { team: 2 },
        tags: ['TODO', 'GOAL'],
        checkinCadenceDays: 14,
      });
      assert.deepEqual(problems, []);
      assert.deepEqual(config, {
        rules: { 'kr-task-like': 'error', 'kr-no-owner': 'off' },
        krCount: { min: 1, max: 4 },
        objectiveCount: { team: 2, company: 5 },
        tags: ['TODO', 'GOAL'],
        checkinCadenceDays: 14,
      });
      assert.equal(JSON.stringify(DEFAULT_CONFIG), before);
    });

    it('layers: a later override keeps the earlier rule settings it does not mention', () => {
      const first = mergeConfig(DEFAULT_CONFIG, { rules: { 'kr-vague': 'info' } }).config;
      const { config } = mergeConfig(first, { rules: { 'kr-no-owner': 'off' } });
      assert.deepEqual(config.rules, { 'kr-vague': 'info', 'kr-no-owner': 'off' });
    });

    it('accepts nothing as no change', () => {
      for (const empty of [undefined, null, {}]) {
        const { config, problems } = mergeConfig(DEFAULT_CONFIG, empty);
        assert.deepEqual(config, DEFAULT_CONFIG);
        assert.deepEqual(problems, []);
      }
    });

    it('reports an unknown rule id with a suggestion, and still applies the valid ones', () => {
      const { config, problems } = mergeConfig(DEFAULT_CONFIG, { rules: { 'kr-no-ownr': 'off', 'kr-vague': 'error' } });
      assert.deepEqual(config.rules, { 'kr-vague': 'error' });
      assert.equal(problems.length, 1);
      assert.match(problems[0], /Unknown rule "kr-no-ownr" \(did you mean "kr-no-owner"\?\)/);
    });

    it('reports a bad severity', () => {
      const { config, problems } = mergeConfig(DEFAULT_CONFIG, { rules: { 'kr-vague': 'warn', 'kr-count': 2 } });
      assert.deepEqual(config.rules, {});
      assert.deepEqual(problems, [
        'Rule "kr-vague" must be set to "error", "warning", "info" or "off" (got "warn").',
        'Rule "kr-count" must be set to "error", "warning", "info" or "off" (got 2).',
      ]);
    });

    it('reports bad counts and keeps the base values', () => {
      const { config, problems } = mergeConfig(DEFAULT_CONFIG, {
        krCount: { min: 6, max: 3 },
        objectiveCount: { team: 0, company: 2.5, department: 4 },
      });
      assert.deepEqual(config.krCount, { min: 2, max: 5 });
      assert.deepEqual(config.objectiveCount, { team: 3, company: 5 });
      assert.deepEqual(problems, [
        '"krCount.min" (6) must not be greater than "krCount.max" (3).',
        '"objectiveCount.team" must be a whole number, 1 or more (got 0).',
        '"objectiveCount.company" must be a whole number, 1 or more (got 2.5).',
        'Unknown setting "objectiveCount.department"; expected "team" and "company".',
      ]);
    });

    it('checks min against the base max when only min is given', () => {
      const { config, problems } = mergeConfig(DEFAULT_CONFIG, { krCount: { min: 7 } });
      assert.deepEqual(config.krCount, { min: 2, max: 5 });
      assert.equal(problems.length, 1);
    });

    it('reports wrong types for every setting', () => {
      const { config, problems } = mergeConfig(DEFAULT_CONFIG, {
        rules: ['kr-vague'],
        krCount: 3,
        tags: ['TODO', 'has space'],
        checkinCadenceDays: '7',
      });
      assert.deepEqual(config, DEFAULT_CONFIG);
      assert.equal(problems.length, 4);
      assert.match(problems[0], /"rules" must be an object .* \(got a list\)/);
      assert.match(problems[1], /"krCount" must be an object .* \(got 3\)/);
      assert.match(problems[2], /"tags" must be a non-empty list of words/);
      assert.match(problems[3], /"checkinCadenceDays" must be a whole number of days, 1 or more \(got "7"\)/);
    });

    it('reports unknown settings and a config that is not an object, never throwing', () => {
      assert.match(mergeConfig(DEFAULT_CONFIG, { krcount: { min: 1 } }).problems[0], /Unknown setting "krcount" \(did you mean "krCount"\?\)/);
      for (const bad of ['rules', 42, [1, 2], true]) {
        const { config, problems } = mergeConfig(DEFAULT_CONFIG, bad);
        assert.deepEqual(config, DEFAULT_CONFIG);
        assert.equal(problems.length, 1);
        assert.match(problems[0], /must be a JSON object/);
      }
    });
  });
});
