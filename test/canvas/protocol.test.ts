import assert from 'node:assert/strict';
import { isEditableScheme } from '../../src/extension/canvas/editable';
import { isWebviewMessage } from '../../src/extension/canvas/protocol';
import { readState, nextZoom } from '../../webview/state';

describe('canvas protocol and view state', () => {
  it('accepts well-formed webview messages and rejects the rest', () => {
    assert.ok(isWebviewMessage({ type: 'ready' }));
    assert.ok(isWebviewMessage({ type: 'reveal', version: 3, start: 0, end: 10 }));
    assert.ok(isWebviewMessage({ type: 'edit', requestId: 1, version: 2, intent: { kind: 'vote' } }));
    assert.ok(isWebviewMessage({ type: 'export', requestId: 1, format: 'png', data: 'iVBOR', name: 'x' }));
    for (const bad of [null, 'ready', { type: 'eval' }, { type: 'reveal', start: -1, end: 2, version: 1 }, { type: 'edit', requestId: 1.5, version: 1, intent: {} },
      { type: 'export', requestId: 1, format: 'html', data: '', name: '' }]) {
      assert.equal(isWebviewMessage(bad), false, JSON.stringify(bad));
    }
  });

  it('opens git, diff and other virtual documents read-only', () => {
    for (const scheme of ['file', 'untitled', 'vscode-vfs']) assert.ok(isEditableScheme(scheme), scheme);
    for (const scheme of ['git', 'gitlens', 'vscode-scm', 'output', 'review', 'pr']) assert.equal(isEditableScheme(scheme), false, scheme);
  });

  it('restores only valid view state', () => {
    assert.deepEqual(readState({ view: 'hkw', zoom: 1.25 }), { view: 'hkw', zoom: 1.25, editing: undefined });
    assert.deepEqual(readState({ view: 'evil', zoom: 99 }), { view: undefined, zoom: 1, editing: undefined });
    assert.deepEqual(readState(undefined), { view: undefined, zoom: 1, editing: undefined });
    assert.equal(nextZoom(1, 1), 1.1);
    assert.equal(nextZoom(2, 1), 2);
    assert.equal(nextZoom(1.5, 0), 1);
  });
});
