import { strict as assert } from 'assert';
import { yamlComments } from '../../../src/core/edit/comments';

describe('yamlComments', () => {
  it('finds comments with their offsets, never # inside quotes or block scalars, in CRLF and after a BOM', () => {
    const text = '\ufeffa: 1 # x\r\nb: "q # no"\r\nc: |\r\n  # not a comment\r\n  y\r\n# own line\r\n- {a: \'#no\'} # flow\r\n  # indented';
    const found = yamlComments(text);
    assert.deepEqual(
      found.map((comment) => [comment.text, comment.ownLine]),
      [['# x', false], ['# own line', true], ['# flow', false], ['# indented', true]],
    );
    for (const comment of found) assert.equal(text.slice(comment.offset, comment.offset + comment.text.length), comment.text);
  });
});
