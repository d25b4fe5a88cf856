import { deepStrictEqual, strictEqual } from 'node:assert';
import { savedDocumentUri, webviewMessageOf } from '../../client/src/panelMessages';

describe('State Summary webview messages (client side)', () => {
  it('accepts ready and reveal of a line that can exist', () => {
    deepStrictEqual(webviewMessageOf({ type: 'ready' }), { type: 'ready' });
    deepStrictEqual(webviewMessageOf({ type: 'reveal', line: 0 }), { type: 'reveal', line: 0 });
    deepStrictEqual(webviewMessageOf({ type: 'reveal', line: 41, extra: true }), { type: 'reveal', line: 41 });
  });

  it('drops what the extension cannot act on: no object, unknown types, negative or fractional lines', () => {
    deepStrictEqual(
      [null, undefined, 'ready', { type: 'reveal' }, { type: 'reveal', line: -1 }, { type: 'reveal', line: 1.5 }, { type: 'reveal', line: '3' }, { type: 'open' }].map(
        webviewMessageOf,
      ),
      [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined],
    );
  });

  it("accepts the before/after view's close, with nothing else taken from it", () => {
    deepStrictEqual(webviewMessageOf({ type: 'closeCompare', uri: 'file:///etc/passwd' }), { type: 'closeCompare' });
  });

  it('reads back the saved document URI only when it is a string', () => {
    strictEqual(savedDocumentUri({ uri: 'untitled:Untitled-1' }), 'untitled:Untitled-1');
    deepStrictEqual([undefined, null, {}, { uri: 3 }, { uri: '' }].map(savedDocumentUri), [undefined, undefined, undefined, undefined, undefined]);
  });
});
