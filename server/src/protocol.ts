import { RequestType } from 'vscode-languageserver-protocol';
import type { Comparison } from './core/features/compare';
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
 * Asked by the server of the browser build, which has no file system of its own: the sysctl files the
 * walk of sysctlFileBounds.ts reaches in the given workspace folders, as URIs (at most MAX_FILES).
 */
export namespace FindSysctlFilesRequest {
  export const method = 'netstatInsight/findSysctlFiles';
  export interface Params {
    readonly folders: readonly string[];
  }
  export const type = new RequestType<Params, string[], void>(method);
}

/**
 * Asked by the server of the browser build: the text of one file the walk reaches, read through the
 * editor's file system; null unless it is a regular file inside a workspace folder of at most MAX_FILE_BYTES.
 */
export namespace ReadWorkspaceFileRequest {
  export const method = 'netstatInsight/readWorkspaceFile';
  export interface Params {
    readonly uri: string;
  }
  export const type = new RequestType<Params, string | null, void>(method);
}

/**
 * What changed from one document to another: two socket dumps (`startLine`: the output of a pasted
 * session that starts there, else the whole document) by state, listener, port, peer, process and
 * counter; or two sysctl files by key.
 */
export namespace CompareRequest {
  export const method = 'netstatInsight/compare';
  export interface Side {
    readonly uri: string;
    readonly startLine?: number;
  }
  export interface Params {
    readonly base: Side;
    readonly other: Side;
  }
  /** null when a document is not open in the server; `kind: 'not-comparable'` says why two cannot be compared. */
  export const type = new RequestType<Params, Comparison | null, void>(method);
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

export type { Comparison, KeyDescription, NonDefaultValue, SummaryResult, TimelineResult };
