/**
 * The desktop entry: the language server as a Node process, started by the client over IPC (or by a test or
 * the bench over stdio). The server itself is server/out/languageServer.js, the bundle the browser entry
 * loads too, so the core, its knowledge base and the LSP library ship once in the VSIX.
 */
const server = require('./languageServer.js') as typeof import('./serverBundle');

server.startNodeServer();
