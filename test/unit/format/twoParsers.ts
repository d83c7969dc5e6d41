// Runs both parsers over a text and says where they disagree: the fast js-yaml path may decline a
// text, but when it answers, its tree and values must be exactly what the `yaml` fallback gives.
import { strict as assert } from 'assert';
import { parseDocument } from 'yaml';
import { readFastTree } from '../../../src/core/format/fastTree';
import { toValue } from '../../../src/core/format/sourceTree';
import { treeFromDocument } from '../../../src/core/format/yamlTree';

/** True when the fast path answered (and agreed: otherwise this throws an assertion error). */
export function assertParsersAgree(text: string): boolean {
  const fast = readFastTree(text);
  if (!fast) return false;
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, strict: true, logLevel: 'error' });
  const problems = [...doc.errors, ...doc.warnings].map((e) => e.message);
  assert.deepEqual(problems, [], `the fast path read a text that yaml reports problems in: ${JSON.stringify(text)}`);
  const reference = treeFromDocument(doc, text);
  assert.deepEqual(fast, reference, `the trees differ for ${JSON.stringify(text)}`);
  assert.deepEqual(toValue(fast), doc.toJS(), `the values differ for ${JSON.stringify(text)}`);
  return true;
}
