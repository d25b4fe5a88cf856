import { RequestType } from 'vscode-languageserver-protocol';
import type { SummaryResult } from './core/features/summary';

/**
 * Custom requests between the client (and other tools) and the server. Keep them stable: other
 * extensions and scripts call them.
 */
export namespace SummaryRequest {
  export const method = 'netstatInsight/summary';
  export interface Params {
    readonly textDocument: { readonly uri: string };
  }
  /** null when the document is not open in the server or is not a netstat/ss document. */
  export const type = new RequestType<Params, SummaryResult | null, void>(method);
}

export type { SummaryResult };
