// A check-in appended to one key result of a 2,000-KR file, beside the same edit made the way the
// `yaml` package documents it (parse to a Document, add the entry, print the Document again).
import { parseDocument, YAMLMap, YAMLSeq } from 'yaml';
import { appendCheckin } from '../src/core/edit';
import { applyEdits } from '../src/core/edit/textEdit';
import { parseOkrText } from '../src/core/format/parse';
import { generateOkrFile } from './lint.bench';
import { BenchResult, medianOf, runStandalone } from './stats';

const ENTRY = { date: '2026-11-05', value: 640, confidence: 0.7, note: 'Cache warmed; p95 at 640 ms.' };

export async function run(): Promise<BenchResult[]> {
  const text = generateOkrFile('BIG', 400, 5);
  const parsed = parseOkrText(text, 'file:///bench/big.okr.yaml');
  // A different key result each time, spread over the file, so no run is luckier than another.
  let turn = 0;
  const nextKr = () => `BIG-${1 + ((turn++ * 37) % 400)}.${1 + (turn % 5)}`;
  const edit = () => {
    const result = appendCheckin(parsed, nextKr(), ENTRY);
    if (!('edits' in result)) throw new Error(result.error);
    return result.edits;
  };
  const parseAndEdit = () => {
    const result = appendCheckin(parseOkrText(text, 'file:///bench/big.okr.yaml'), nextKr(), ENTRY);
    if (!('edits' in result)) throw new Error(result.error);
    return applyEdits(text, result.edits);
  };
  const withDocument = () => {
    const doc = parseDocument(text);
    const id = nextKr();
    const objective = (doc.get('objectives') as YAMLSeq<YAMLMap>).items[Number(/-(\d+)\./.exec(id)![1]) - 1];
    const kr = (objective.get('key_results') as YAMLSeq<YAMLMap>).items.find((item) => item.get('id') === id)!;
    (kr.get('checkins') as YAMLSeq).add(doc.createNode(ENTRY));
    return doc.toString();
  };

  edit();
  withDocument();
  const oursEdit = await medianOf(41, edit);
  const oursCold = await medianOf(11, parseAndEdit);
  const theirs = await medianOf(5, withDocument);
  return [
    { name: 'okr-lens: check-in on a parsed 2,000-KR file', median: oursEdit, unit: 'ms', note: 'target < 20 ms' },
    { name: 'okr-lens: parse the file, then the check-in', median: oursCold, unit: 'ms' },
    { name: 'yaml Document API: parse, add, print the file', median: theirs, unit: 'ms', note: `okr-lens (parse + check-in) is ${(theirs / oursCold).toFixed(1)}× faster` },
  ];
}

if (require.main === module) runStandalone('Check-in edit', run);
