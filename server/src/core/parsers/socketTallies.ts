import type { ParsedSocketDump, SocketProcess, SocketRow } from '../model/socketTable';
import { CANONICAL_STATES, type TcpState } from '../model/tcpState';
import { type HostCountKey, hostCountKey, peerHostKey, type PortCountKey, portCountKeyIn } from './endpoint';
import { TableRow } from './tableRow';

/** TCP states by ordinal, so counts live in typed arrays rather than string-keyed objects. */
export const STATE_COUNT = CANONICAL_STATES.length;
export const STATE_ORDINALS: ReadonlyMap<TcpState, number> = new Map(CANONICAL_STATES.map((state, index) => [state, index]));
const LISTEN = STATE_ORDINALS.get('LISTEN')!;

/**
 * Sockets counted under one key. Most peers of a big paste hold a socket or two in one state, so
 * the per-state counts are made only once a second state shows up: a typed array for each of
 * 40,000 peers was most of the counting's garbage.
 */
export interface Tally {
  total: number;
  /** The state of every socket counted, or -1 once they differ. */
  onlyState: number;
  byState?: Int32Array;
}

/** How many of a tally's sockets are in `state`. */
export function countInState(value: Tally, state: number): number {
  return value.byState ? value.byState[state] : value.onlyState === state ? value.total : 0;
}

export interface ProcessTally extends Tally {
  /** Each pid and how many of the counted sockets name it: a socket removed by an edit takes its pid along. */
  readonly pids: Map<number, number>;
  /** Windows services (`netstat -b`) the same way; undefined until one is seen. */
  services?: Map<string, number>;
}

/**
 * What the summary ranks: TCP sockets with a state counted by local port, by peer host (listeners
 * aside) and by owning process. Counted in one pass over the rows when the summary first asks
 * (counting inside the scan itself measured slower: the counts' objects then compete with the rows'
 * for the young generation); from then on an incremental re-scan updates them by difference,
 * counting the rows it reads and replaces and taking out those it drops.
 */
export class SocketTallies {
  readonly ports = new Map<PortCountKey, Tally>();
  readonly hosts = new Map<HostCountKey, Tally>();
  readonly processes = new Map<string, ProcessTally>();
  // Consecutive rows mostly share their owner: comparing with the last one is cheaper than hashing.
  private lastName = '';
  private lastEntry: ProcessTally | undefined;

  /** Counts `row` in (`sign` 1) or out (-1). */
  count(row: SocketRow, sign: 1 | -1): void {
    if (row.protocol !== 'tcp' || !row.state) {
      return;
    }
    const state = STATE_ORDINALS.get(row.state)!;
    const port = localPortKeyOf(row);
    if (port !== undefined) {
      tally(this.ports, port, state, sign, newTally);
    }
    const host = state === LISTEN ? undefined : remoteHostKeyOf(row);
    if (host !== undefined) {
      tally(this.hosts, host, state, sign, newTally);
    }
    if (row instanceof TableRow) {
      this.countOwnersOf(row, state, sign);
    } else if (row.processes.length === 1) {
      this.owner(row.processes[0].name, row.processes[0].pid, state, sign, row.processes[0].service);
    } else if (row.processes.length > 1) {
      this.sharedSocket(row.processes, state, sign);
    }
  }

  private owner(name: string, pid: number | undefined, state: number, sign: 1 | -1, service?: string): void {
    let entry = this.lastEntry;
    if (entry && name === this.lastName && entry.total > 0 && sign === 1 && entry.onlyState === state) {
      entry.total++;
    } else {
      entry = tally(this.processes, name, state, sign, newProcessTally);
      this.lastName = name;
      this.lastEntry = entry;
    }
    if (pid !== undefined) {
      adjust(entry.pids, pid, sign);
    }
    if (service !== undefined) {
      adjust((entry.services ??= new Map()), service, sign);
    }
  }

  /** One socket shared by several workers of one program counts once for that program. */
  private sharedSocket(owners: readonly SocketProcess[], state: number, sign: 1 | -1): void {
    const entries = new Map<string, ProcessTally>();
    for (const process of owners) {
      let entry = entries.get(process.name);
      if (!entry) {
        entry = tally(this.processes, process.name, state, sign, newProcessTally);
        entries.set(process.name, entry);
      }
      if (process.pid !== undefined) {
        adjust(entry.pids, process.pid, sign);
      }
    }
  }

  /** The owners of a big paste's row, read from its text; several owners count as one shared socket. */
  private countOwnersOf(row: TableRow, state: number, sign: 1 | -1): void {
    firstOwner.count = 0;
    row.visitOwners(noteOwner);
    if (firstOwner.count > 1) {
      this.sharedSocket(row.processes, state, sign);
    } else if (firstOwner.count === 1) {
      this.owner(firstOwner.name, firstOwner.pid, state, sign);
    }
  }
}

// One probe for every row (counting is synchronous): a closure per row was a measurable cost.
const firstOwner: { count: number; name: string; pid: number | undefined } = { count: 0, name: '', pid: undefined };
const noteOwner = (name: string, pid: number | undefined): void => {
  if (firstOwner.count++ === 0) {
    firstOwner.name = name;
    firstOwner.pid = pid;
  }
};

const newTally = (): Tally => ({ total: 0, onlyState: NO_STATE_YET });
const newProcessTally = (): ProcessTally => ({ total: 0, onlyState: NO_STATE_YET, pids: new Map() });
const NO_STATE_YET = -2;

/** Adds one socket in `state` to `key`'s tally, or takes one out (dropping a tally that reaches zero). */
function tally<K, T extends Tally>(map: Map<K, T>, key: K, state: number, sign: 1 | -1, create: () => T): T {
  let entry = map.get(key);
  if (!entry) {
    entry = create();
    map.set(key, entry);
  }
  if (entry.onlyState === NO_STATE_YET) {
    entry.onlyState = state;
  }
  if (entry.onlyState !== state && !entry.byState) {
    entry.byState = new Int32Array(STATE_COUNT);
    entry.byState[entry.onlyState] = entry.total;
    entry.onlyState = -1;
  }
  entry.total += sign;
  if (entry.byState) {
    entry.byState[state] += sign;
  }
  if (entry.total <= 0) {
    map.delete(key);
  }
  return entry;
}

function adjust<K>(map: Map<K, number>, key: K, sign: 1 | -1): void {
  const count = (map.get(key) ?? 0) + sign;
  if (count > 0) {
    map.set(key, count);
  } else {
    map.delete(key);
  }
}

// Rows of big ss and netstat pastes answer these from their text, without building endpoints or,
// for numeric ports and IPv4 peers, strings: a number is cheaper to hash than a fresh string per row.
function localPortKeyOf(row: SocketRow): PortCountKey | undefined {
  if (row instanceof TableRow) {
    return row.localPortCountKey();
  }
  const port = row.local?.port;
  return port === undefined ? undefined : portCountKeyIn(port, 0, port.length);
}

/** The row's peer host as a count key (undefined without a peer or for `*`), read from a big paste's text without building the endpoint. */
export function remoteHostKeyOf(row: SocketRow): HostCountKey | undefined {
  if (row instanceof TableRow) {
    return row.remoteHostCountKey();
  }
  const key = row.remote && peerHostKey(row.remote.address);
  return key === undefined ? undefined : hostCountKey(key);
}

/** Each parse's tallies once counted, kept beside it (the parsed model stays plain data) until a re-scan takes them over. */
const talliesOfDumps = new WeakMap<ParsedSocketDump, SocketTallies>();

export function keepTallies(dump: ParsedSocketDump, tallies: SocketTallies): void {
  talliesOfDumps.set(dump, tallies);
}

/**
 * The tallies of `dump` if they were counted, for an incremental re-scan to update by difference:
 * they move to the new parse, and `dump` counts its rows again if it is ever asked.
 */
export function takeTallies(dump: ParsedSocketDump): SocketTallies | undefined {
  const tallies = talliesOfDumps.get(dump);
  talliesOfDumps.delete(dump);
  return tallies;
}

/** The tallies of `dump`: those its scan kept, or counted now from its rows (a dump built by hand, or one a re-scan took them from). */
export function talliesOf(dump: ParsedSocketDump): SocketTallies {
  let tallies = talliesOfDumps.get(dump);
  if (!tallies) {
    tallies = new SocketTallies();
    for (const row of dump.rows) {
      tallies.count(row, 1);
    }
    talliesOfDumps.set(dump, tallies);
  }
  return tallies;
}
