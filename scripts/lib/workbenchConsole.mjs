// Picks the extension host's output out of the workbench page's console. In test mode the workbench
// logs every extension host console call through its log service, as
// console.log('%c INFO', 'color: …', text) — mixed with the workbench's own log lines.
// test/host/suite/index.ts tags each line of mocha's report.
export const CONSOLE_TAG = '[ext-host]';

/** The line to print for a page console message's text, or undefined for workbench noise. */
export function extensionHostLine(text) {
  const at = text.indexOf(`${CONSOLE_TAG} `);
  if (at >= 0) return text.slice(at + CONSOLE_TAG.length + 1);
  // Errors logged by the extension host (an uncaught exception in the extension) or the workbench.
  const err = /^%c ERR color: \S+ ([\s\S]*)$/.exec(text);
  if (err) return `[log error] ${err[1]}`;
  return undefined;
}
