import { type ConnectionSides, isInboundConnection, isInboundPort } from '../../analysis/connectionSide';
import { NO_KEY, type SocketColumns } from '../../parsers/socketColumns';
import type { TcpState } from '../../model/tcpState';
import { localPortOf } from '../../parsers/tableRow';
import { isUnsignedInteger } from '../../parsers/textLines';
import {
  DECODED_ROWS_PER_STEP,
  GroupKeyStrings,
  groupRowsInState,
  hasKeysInColumns,
  type IndexedRows,
  ownerNameAt,
  portNumberOf,
  remoteNumberAt,
  remoteNumberOf,
  remoteText,
  remoteTextAt,
  type RowsByState,
  type Steps,
} from './grouping';

/**
 * Which side opened a connection, told by the rows themselves when the LISTEN rows do not say (a grepped
 * or partial paste keeps only some of them). A server's accepted connections share its service port and
 * come from many peers, each from its own ephemeral port; a client's connections to one upstream share
 * the upstream's endpoint and each has a local port of its own. The second pattern is checked first: a
 * busy client reuses one ephemeral port towards many upstreams, which looks like the first pattern on
 * that port, but each of those upstreams is still reached from many local ports.
 */

/**
 * Distinct peers on one local port, or distinct local ports towards one peer endpoint, from which the
 * pattern is taken as proof. Five connections from five peers to one port cannot be a client's (its
 * connections each get a port of their own); fewer leave the decision to the listening ports and the
 * ephemeral range, as before.
 */
export const DIRECTION_EVIDENCE = 5;

/** A peer endpoint as one key: the number remoteNumberAt gives, or `address|port` for a row it cannot number. */
type PeerKey = number | string;

/** The distinct peers of each local port and the distinct local ports of each peer, each counted up to DIRECTION_EVIDENCE. */
export class DirectionEvidence {
  private readonly peersOfPort = new Map<number, Set<PeerKey>>();
  private readonly portsOfPeer = new Map<PeerKey, Set<number>>();

  /** Counts a row whose local port key is `port` and peer `peer`. */
  note(port: number, peer: PeerKey): void {
    addCapped(this.peersOfPort, port, peer);
    addCapped(this.portsOfPeer, peer, port);
  }

  /**
   * true when the rows show row `index` (one of those noted) was accepted here, false when they show this
   * host opened it, undefined when they show neither.
   */
  inbound(columns: SocketColumns, index: number, peer: PeerKey | undefined = peerKeyAt(columns, index)): boolean | undefined {
    if (peer !== undefined && (this.portsOfPeer.get(peer)?.size ?? 0) >= DIRECTION_EVIDENCE) {
      return false;
    }
    return (this.peersOfPort.get(columns.localPort[index])?.size ?? 0) >= DIRECTION_EVIDENCE ? true : undefined;
  }
}

function addCapped<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  let values = map.get(key);
  if (values === undefined) {
    values = new Set();
    map.set(key, values);
  }
  if (values.size < DIRECTION_EVIDENCE) {
    values.add(value);
  }
}

/**
 * The peer endpoint of row `index` as a key: the number remoteNumberAt gives, from the columns where a
 * plain row reader read the port, else from the decoded row's port (the same number for the same IPv4
 * endpoint however its row was read); `address|port` for any other peer.
 */
export function peerKeyAt(columns: SocketColumns, index: number): PeerKey | undefined {
  const number = remoteNumberAt(columns, index);
  if (number !== undefined) {
    return number;
  }
  const remote = columns.transientRow(index).remote;
  if (!remote) {
    return undefined;
  }
  const host = columns.remoteHost[index];
  const port = isUnsignedInteger(remote.port) ? portNumberOf(Number(remote.port)) : undefined;
  // The host column holds an IPv4 address as itself (0 or more), any other host as a string's id (below 0).
  return host >= 0 && port !== undefined ? remoteNumberOf(host, port) : `${remote.address}|${remote.port}`;
}

/** What the rows at `indices` show of their direction; decodes only rows whose columns hold no peer port. */
export function* directionEvidence(columns: SocketColumns, indices: readonly number[]): Steps<DirectionEvidence> {
  const evidence = new DirectionEvidence();
  for (let at = 0; at < indices.length; at++) {
    if (at > 0 && at % DECODED_ROWS_PER_STEP === 0) {
      yield;
    }
    const index = indices[at];
    const port = columns.localPort[index];
    const peer = port === NO_KEY ? undefined : peerKeyAt(columns, index);
    if (peer !== undefined) {
      evidence.note(port, peer);
    }
  }
  return evidence;
}

/**
 * Whether row `index` is a connection this host accepted: its local port is held by a LISTEN row, else
 * what the rows show (DirectionEvidence), else the listening ports and the ephemeral range as
 * isInboundConnection judges them.
 */
export function isInboundAt(columns: SocketColumns, index: number, sides: ConnectionSides, evidence: DirectionEvidence): boolean {
  const port = portNumberOf(columns.localPort[index]);
  const byPorts = port !== undefined ? isInboundPort(port, sides) : isInboundConnection(columns.transientRow(index), sides);
  if (byPorts && sides.listeningPorts.size > 0) {
    return true;
  }
  return evidence.inbound(columns, index) ?? byPorts;
}

/** Groups of one state's rows, each of one direction, and the direction of any of their rows. */
export interface DirectionalGroups {
  readonly groups: Map<string, IndexedRows>;
  /** isInboundAt of row `index` (a column index). */
  inboundAt(index: number): boolean;
}

/**
 * The rows in `state` grouped by the other end they belong to, their direction judged by isInboundAt:
 * the service port for connections this host accepted, the upstream endpoint for those it opened, and
 * with `byOwner` the owning process too. Every row is keyed by its index, from its columns where they
 * hold the keys, else from the decoded row.
 */
export function* groupByDirection(rowsByState: RowsByState, state: TcpState, sides: ConnectionSides, byOwner: boolean): Steps<DirectionalGroups> {
  const { columns } = rowsByState;
  const evidence = yield* directionEvidence(columns, rowsByState.indicesOf(state));
  const inboundAt = (index: number) => isInboundAt(columns, index, sides, evidence);
  const keys = new GroupKeyStrings();
  const groups = yield* groupRowsInState(rowsByState, state, unreachableKey, (index) => {
    const inbound = inboundAt(index);
    if (!hasKeysInColumns(columns, index)) {
      const row = columns.transientRow(index);
      const place = inbound ? `in:${localPortOf(row)}` : `out:${remoteText(row)}`;
      return byOwner ? `${place}|${row.processes[0]?.name ?? ''}` : place;
    }
    const port = columns.localPort[index];
    const place = inbound ? portNumberOf(port) : remoteNumberAt(columns, index);
    return keys.key(place, byOwner ? columns.owner[index] : 0, () => {
      const text = inbound ? `in:${port}` : `out:${remoteTextAt(columns, index)}`;
      return byOwner ? `${text}|${ownerNameAt(columns, index)}` : text;
    });
  });
  return { groups, inboundAt };
}

/** Every row gets its key from its index (groupByDirection), so the key of a decoded row is never asked. */
function unreachableKey(): string {
  throw new Error('rows grouped by direction are keyed by their index');
}
