import * as vscode from 'vscode';
import type { LanguageClient, ServerOptions } from 'vscode-languageclient/node';
import serverNodeFlags from '../../server/nodeFlags.json';
import { CLIENT_ID, clientOptions } from './clientOptions';

/** Starts the bundled language server for netstat/ss dumps and sysctl files as a Node process (the desktop). */
export async function startLanguageClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
  // Loaded here, not on import: the client bundle is the browser's too (scripts/build.mjs), and the Node
  // client's modules need Node's, which a web worker extension host does not have.
  const { LanguageClient, TransportKind } = require('vscode-languageclient/node') as typeof import('vscode-languageclient/node');
  const serverModule = context.asAbsolutePath('server/out/server.js');
  // A young generation of 16 MB from the start (V8 begins at 1 MB): each request allocates a few kilobytes,
  // and with a big paste open every collection of it costs about a millisecond, which then lands on a hover
  // every hundred or so; the parse and the validation of a big paste see fewer collections as well.
  // Full collections wait until the old generation holds 128 MB at the least (V8 otherwise sets the limit
  // from the live heap, 60–120 MB with a 6 MB paste open): each open of a big paste leaves tens of megabytes
  // of copies behind (the message, its text, the parse of the closed version), and with the lower limit a
  // full collection ran every two or three opens (13 in 32 opens; 5 with this), finishing inside the next
  // open's parse about one time in three, 1.5–6 ms each.
  // A larger inlining budget (V8's is 920 bytecodes per optimised function): a table row's reader calls a
  // dozen small helpers (blanks, digits, endpoints, the owner's name), and with the default budget the
  // later ones stayed calls; inlined, a 60,000-socket paste was parsed and counted 4–19% faster in five
  // alternating pairs of runs. (The command line leaves it: a process that reads one dump and exits spent
  // longer compiling the bigger functions than it saved.)
  const execArgv = serverNodeFlags.execArgv;
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...execArgv, '--nolazy', '--inspect=6011'] } },
  };
  const client = new LanguageClient(CLIENT_ID, vscode.l10n.t('Netstat Insight'), serverOptions, clientOptions());
  await client.start();
  return client;
}
