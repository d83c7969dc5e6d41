import { strict as assert } from 'assert';
import { renameEverywhere } from '../../../src/core/edit/rename';
import { applyEdits } from '../../../src/core/edit/textEdit';
import { parseOkrText } from '../../../src/core/format/parse';
import type { Reference } from '../../../src/core/links/references';

const COMPANY =
  'okr: 1\nteam: Company\nperiod: 2026-Q4\nobjectives:\n  - id: CO-1   # the big one\n    title: Grow\n' +
  '    key_results:\n      - id: "CO-1.1"\n        title: Revenue\n        depends_on: [PLAT-1.1]\n';
const PLATFORM =
  'okr: 1\nteam: Platform\nperiod: 2026-Q4\nparent: company.okr.yaml\nobjectives:\n  - id: PLAT-1\n    title: Faster\n    aligns_to: CO-1\n' +
  '    key_results:\n      - id: PLAT-1.1\n        title: Lead time   # keep me\n        aligns_to:\n          - CO-1.1\n          - CO-1\n' +
  "        final: {score: 0.5, carried_to: 'CO-1.1'}\n" +
  '    initiatives:\n      - title: Parallelise CI\n        serves: [CO-1.1, PLAT-1.1]\n';

function reference(file: string, line: number, character: number, id: string): Reference {
  return { id, tag: 'TODO', file, line, character, endCharacter: character + id.length, text: '' };
}

describe('renameEverywhere', () => {
  const files = [parseOkrText(COMPANY, 'company.okr.yaml'), parseOkrText(PLATFORM, 'platform.okr.yaml')];
  const ids = ['CO-1', 'CO-1.1', 'PLAT-1', 'PLAT-1.1'];

  it('renames a KR in its definition and every reference across OKR files and code, keeping quotes and comments', () => {
    const code = '// TODO(CO-1.1): wire it\nconst x = 1; // todo co-1.1 again\n';
    const refs = [reference('src/a.ts', 0, 8, 'CO-1.1'), reference('src/a.ts', 1, 21, 'co-1.1')];
    const result = renameEverywhere(files, refs, 'CO-1.1', 'CO-1.5', ids);
    assert.ok('files' in result, JSON.stringify(result));
    const byFile = new Map(result.files.map((entry) => [entry.file, entry.edits]));
    assert.deepEqual([...byFile.keys()], ['company.okr.yaml', 'platform.okr.yaml', 'src/a.ts']);
    assert.equal(applyEdits(COMPANY, byFile.get('company.okr.yaml')!), COMPANY.replace('id: "CO-1.1"', 'id: "CO-1.5"'));
    assert.equal(
      applyEdits(PLATFORM, byFile.get('platform.okr.yaml')!),
      PLATFORM.replace('- CO-1.1', '- CO-1.5').replace("carried_to: 'CO-1.1'", "carried_to: 'CO-1.5'").replace('serves: [CO-1.1,', 'serves: [CO-1.5,'),
    );
    assert.equal(applyEdits(code, byFile.get('src/a.ts')!), '// TODO(CO-1.5): wire it\nconst x = 1; // todo CO-1.5 again\n');
  });

  it('renames an objective without touching the ids of its KRs or other ids that start the same', () => {
    const result = renameEverywhere(files, [], 'CO-1', 'CO-9', ids);
    assert.ok('files' in result);
    const [company, platform] = result.files;
    assert.equal(applyEdits(COMPANY, company.edits), COMPANY.replace('id: CO-1   #', 'id: CO-9   #'));
    assert.equal(applyEdits(PLATFORM, platform.edits), PLATFORM.replace('aligns_to: CO-1\n', 'aligns_to: CO-9\n').replace('- CO-1\n', '- CO-9\n'));
  });

  it('refuses a taken id, a malformed id, an unknown id and a broken file it would edit', () => {
    const taken = renameEverywhere(files, [], 'CO-1.1', 'plat-1.1', ids);
    assert.ok('error' in taken && taken.error.includes('PLAT-1.1 already exists'));
    const malformed = renameEverywhere(files, [], 'CO-1.1', 'CO 1', ids);
    assert.ok('error' in malformed && malformed.error.includes('is not an id'));
    const unknown = renameEverywhere(files, [], 'XX-1', 'XX-2', ids);
    assert.ok('error' in unknown && unknown.error.includes('No objective or key result XX-1'));
    const broken = [files[0], parseOkrText(PLATFORM + '  bad: [\n', 'platform.okr.yaml')];
    const refused = renameEverywhere(broken, [], 'CO-1.1', 'CO-1.5', ids);
    assert.ok('error' in refused && refused.error.startsWith('platform.okr.yaml: Cannot rename CO-1.1'), JSON.stringify(refused));
  });
});
