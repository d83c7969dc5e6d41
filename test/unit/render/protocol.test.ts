import { strict as assert } from 'assert';
import { EMPTY_STATE, parseFromWebview, parsePanelState } from '../../../src/core/render/protocol';

describe('panel messages', () => {
  it('accepts the messages the webview sends', () => {
    assert.deepEqual(parseFromWebview({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseFromWebview({ type: 'reveal', id: 'PLAT-1.1', file: 'file:///x.okr.yaml' }), {
      type: 'reveal',
      id: 'PLAT-1.1',
      file: 'file:///x.okr.yaml',
    });
    assert.deepEqual(parseFromWebview({ type: 'reveal', id: 'PLAT-1' }), { type: 'reveal', id: 'PLAT-1' });
    assert.deepEqual(parseFromWebview({ type: 'checkIn', krId: 'PLAT-1.1', extra: 1 }), { type: 'checkIn', krId: 'PLAT-1.1' });
    assert.deepEqual(parseFromWebview({ type: 'openLink', href: 'https://example.com' }), { type: 'openLink', href: 'https://example.com' });
  });

  it('drops anything malformed', () => {
    for (const message of [null, 'ready', [], { type: 'eval', code: '1' }, { type: 'checkIn' }, { type: 'checkIn', krId: 5 }, { type: 'reveal', id: '' }, { type: 'checkIn', krId: 'x'.repeat(300) }]) {
      assert.equal(parseFromWebview(message), undefined, JSON.stringify(message));
    }
  });

  it('restores a saved state and repairs a damaged one', () => {
    assert.deepEqual(parsePanelState({ filters: { team: 'Platform', owner: '', status: 'at-risk' }, scrollY: 120 }), {
      filters: { team: 'Platform', owner: '', status: 'at-risk' },
      scrollY: 120,
      graphFit: false,
    });
    assert.equal(parsePanelState({ graphFit: true }).graphFit, true);
    assert.deepEqual(parsePanelState(undefined), EMPTY_STATE);
    assert.deepEqual(parsePanelState({ filters: { team: 7 }, scrollY: -5, graphFit: 'yes' }), EMPTY_STATE);
  });
});
