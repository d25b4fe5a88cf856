import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { DiskSysctlFiles } from './workspaceSysctlFiles';

/**
 * The desktop entry: the language server as a Node process, started by the client over IPC (or by a
 * test or the bench over stdio). The language server itself is server/out/languageServer.js, a bundle of
 * its own that the browser entry loads too, so the knowledge base ships once in the VSIX.
 */
const { startLanguageServer } = require('./languageServer.js') as typeof import('./serverBundle');

startLanguageServer(createConnection(ProposedFeatures.all), {
  sysctlFiles: new DiskSysctlFiles(),
  // The connection handles a message in a setImmediate callback.
  nextTurn: () => new Promise((resolve) => setImmediate(resolve)),
});
