/**
 * What the State Summary webview may send back, checked before use: a webview's messages and the
 * state it saved are data from a page, not values the extension produced.
 */
export type WebviewMessage = { readonly type: 'ready' } | { readonly type: 'reveal'; readonly line: number } | { readonly type: 'closeCompare' };

export function webviewMessageOf(value: unknown): WebviewMessage | undefined {
  const message = value as { type?: unknown; line?: unknown } | null | undefined;
  if (message?.type === 'ready') {
    return { type: 'ready' };
  }
  if (message?.type === 'closeCompare') {
    return { type: 'closeCompare' };
  }
  if (message?.type === 'reveal' && Number.isInteger(message.line) && (message.line as number) >= 0) {
    return { type: 'reveal', line: message.line as number };
  }
  return undefined;
}

/** The document URI the panel showed before a reload (vscode.setState in panel.js), if it saved one. */
export function savedDocumentUri(state: unknown): string | undefined {
  const uri = (state as { uri?: unknown } | null | undefined)?.uri;
  return typeof uri === 'string' && uri !== '' ? uri : undefined;
}
