/**
 * What server/out/languageServer.js holds: the language server, and its start as a Node process and in a
 * Web Worker. The desktop entry (server.ts) require()s it in Node, the browser entry (browser/server.ts)
 * imports it into its worker; so the core, its knowledge base and the LSP library ship once.
 */
export { startNodeServer } from './nodeServer';
export { startWorkerServer } from './browser/workerServer';
