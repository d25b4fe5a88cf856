/**
 * What server/out/languageServer.js holds: the language server without its transport, and its start in a
 * Web Worker. The desktop entry (server.ts) require()s it in Node, the browser entry (browser/server.ts)
 * imports it into its worker; so the core, its knowledge base and the LSP libraries ship once.
 */
export { startLanguageServer } from './languageServer';
export { startWorkerServer } from './browser/workerServer';
