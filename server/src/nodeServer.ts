import { startLanguageServer } from './languageServer';

/**
 * The language server as a Node process (the desktop), over IPC from the client or stdio from a test or the
 * bench. Part of the shared server bundle, which the browser loads as well: the Node variant of the LSP
 * library and the disk reader are loaded on this call, not on import (scripts/build.mjs).
 */
export function startNodeServer(): void {
  const { createConnection, ProposedFeatures } = require('vscode-languageserver/node') as typeof import('vscode-languageserver/node');
  const { DiskSysctlFiles } = require('./workspaceSysctlFiles') as typeof import('./workspaceSysctlFiles');
  startLanguageServer(createConnection(ProposedFeatures.all), {
    sysctlFiles: new DiskSysctlFiles(),
    // The connection handles a message in a setImmediate callback.
    nextTurn: () => new Promise((resolve) => setImmediate(resolve)),
  });
}
