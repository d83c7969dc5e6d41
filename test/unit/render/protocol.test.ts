import { strict as assert } from 'assert';
import { parseFromWebview, parsePanelState, parseToWebview } from '../../../src/core/render/protocol';

const DEFAULT_STATE = { filters: { team: '', owner: '', status: '' }, scrollY: 0, graphFit: false };

/** Saved states from a damaged or hostile webview: each comes back as the defaults. */
const DAMAGED_STATES: unknown[] = [
  undefined,
  null,
  'state',
  [],
  { filters: { team: 7 }, scrollY: -5, graphFit: 'yes' },
  { filters: { team: 'x'.repeat(257), owner: ['bob'], status: { toString: 'at-risk' } }, scrollY: Number.NaN, graphFit: 1 },
  { filters: [], scrollY: Infinity },
  { filters: 'team', scrollY: '120' },
];

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

  it('accepts the render message the extension sends, and nothing else the page may post to itself', () => {
    assert.deepEqual(parseToWebview({ type: 'render', html: '<main id="cards"></main>', more: ['<article></article>'] }), {
      type: 'render',
      html: '<main id="cards"></main>',
      more: ['<article></article>'],
    });
    assert.deepEqual(parseToWebview({ type: 'render', html: '' }), { type: 'render', html: '', more: [] });
    assert.deepEqual(parseToWebview({ type: 'render', html: 'x', more: ['a', 1, null, 'b'] }), { type: 'render', html: 'x', more: ['a', 'b'] });
    assert.deepEqual(parseToWebview({ type: 'render', html: 'x', more: 'a' }), { type: 'render', html: 'x', more: [] });
    for (const message of [null, 'render', [], { type: 'render' }, { type: 'render', html: 5 }, { type: 'ready', html: 'x' }]) {
      assert.equal(parseToWebview(message), undefined, JSON.stringify(message));
    }
  });

  it('restores a saved state and repairs a damaged one', () => {
    assert.deepEqual(parsePanelState({ filters: { team: 'Platform', owner: '', status: 'at-risk' }, scrollY: 120 }), {
      filters: { team: 'Platform', owner: '', status: 'at-risk' },
      scrollY: 120,
      graphFit: false,
    });
    assert.equal(parsePanelState({ graphFit: true }).graphFit, true);
    for (const saved of DAMAGED_STATES) assert.deepEqual(parsePanelState(saved), DEFAULT_STATE, String(JSON.stringify(saved)));
    assert.equal(parsePanelState({ filters: { owner: 'x'.repeat(256) } }).filters.owner.length, 256, 'the limit itself is allowed');
  });

  it('hands out a fresh state each time: the webview changes its own', () => {
    const first = parsePanelState(undefined);
    first.filters.team = 'Platform';
    first.scrollY = 10;
    assert.deepEqual(parsePanelState(undefined), DEFAULT_STATE);
  });
});
