import { RequestType } from 'vscode-languageserver-protocol';
import type { KeyDescription } from './core/features/describeKey';
import type { NonDefaultValue } from './core/features/nonDefaultValues';
import type { SummaryResult } from './core/features/summary';
import type { TimelineResult } from './core/features/timeline';

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

/** The facts of one sysctl key, for other extensions and scripts (no document needed). */
export namespace DescribeKeyRequest {
  export const method = 'netstatInsight/describeKey';
  export interface Params {
    /** Any spelling `sysctl` accepts: `net.ipv4.tcp_fin_timeout`, `net/ipv4/tcp_fin_timeout`, `net.ipv4.conf.eth0/100.rp_filter`. */
    readonly key: string;
  }
  /** null when the key is unknown to the knowledge base and to the reference kernel. */
  export const type = new RequestType<Params, KeyDescription | null, void>(method);
}

/**
 * The full hover at a position, whatever `netstatInsight.hover.detail` says: what the explain
 * command (the link at the end of a brief hover) opens.
 */
export namespace FullHoverRequest {
  export const method = 'netstatInsight/fullHover';
  export interface Params {
    readonly textDocument: { readonly uri: string };
    readonly position: { readonly line: number; readonly character: number };
  }
  /** Markdown; null when the document is not open or nothing is explained there. */
  export const type = new RequestType<Params, string | null, void>(method);
}

/**
 * What was changed on a host: for a sysctl document holding `sysctl -a` output, every documented key
 * whose value differs from the default of the kernel its `kernel.osrelease` line names (else the
 * configured `netstatInsight.kernelVersion`). Keys whose default depends on the machine, and the keys
 * of single interfaces, are left out.
 */
export namespace NonDefaultValuesRequest {
  export const method = 'netstatInsight/nonDefaultValues';
  export interface Params {
    readonly textDocument: { readonly uri: string };
  }
  /** null when the document is not open in the server, or is not `sysctl -a` output. */
  export const type = new RequestType<Params, NonDefaultValue[] | null, void>(method);
}

/**
 * The document read as a timeline: several snapshots of the same kind of output (`date; ss -s` in a
 * loop, `watch` output, repeated `netstat -s`), each with its time and counts.
 */
export namespace TimelineRequest {
  export const method = 'netstatInsight/timeline';
  export interface Params {
    readonly textDocument: { readonly uri: string };
  }
  /** null when the document is not open in the server or is not a netstat/ss document; no snapshots when it is no series. */
  export const type = new RequestType<Params, TimelineResult | null, void>(method);
}

export type { KeyDescription, NonDefaultValue, SummaryResult, TimelineResult };
