import type { ParsedSocketDump, SocketProcess, SocketRow } from '../model/socketTable';
import { CANONICAL_STATES, type TcpState } from '../model/tcpState';
import { type HostCountKey, hostCountKey, peerHostKey, type PortCountKey } from './endpoint';
import { NO_KEY, NO_STATE, PROTOCOLS, SEVERAL_OWNERS, type SocketColumns, socketColumnsOf, TCP_PROTOCOL } from './socketColumns';
import { TableRow } from './tableRow';

/** TCP states by ordinal, so counts live in typed arrays rather than string-keyed objects. */
export const STATE_COUNT = CANONICAL_STATES.length;
export const STATE_ORDINALS: ReadonlyMap<TcpState, number> = new Map(CANONICAL_STATES.map((state, index) => [state, index]));
const LISTEN = STATE_ORDINALS.get('LISTEN')!;

/** Ports written as plain numbers are counted in an array indexed by the port: no hashing. */
const NUMERIC_PORTS = 100_000;

/**
 * Sockets counted per key, by state: each key gets a slot once, and the slot's counts live in typed
 * arrays (a total and one count per state), so that 40,000 peers make no 40,000 objects.
 * A slot stays when its count drops to zero; the ranking skips it.
 */
export class KeyedCounts<K extends number | string> {
  /** The key of each slot. */
  readonly keys: K[] = [];
  totals = new Int32Array(256);
  byState = new Int32Array(256 * STATE_COUNT);
  private readonly slots = new Map<K, number>();

  /** The slot of `key`, made on first sight. */
  slotOf(key: K): number {
    let slot = this.slots.get(key);
    if (slot === undefined) {
      slot = this.newSlot(key);
      this.slots.set(key, slot);
    }
    return slot;
  }

  add(slot: number, state: number, sign: 1 | -1): void {
    this.totals[slot] += sign;
    this.byState[slot * STATE_COUNT + state] += sign;
  }

  get size(): number {
    return this.keys.length;
  }

  /** How many of slot's sockets are in `state`. */
  countInState(slot: number, state: number): number {
    return this.byState[slot * STATE_COUNT + state];
  }

  protected newSlot(key: K): number {
    const slot = this.keys.length;
    this.keys.push(key);
    if (slot === this.totals.length) {
      const totals = new Int32Array(slot * 2);
      totals.set(this.totals);
      this.totals = totals;
      const byState = new Int32Array(slot * 2 * STATE_COUNT);
      byState.set(this.byState);
      this.byState = byState;
    }
    return slot;
  }
}

/** Port counts: a plain numeric port finds its slot by index, a printed name through the map. */
class PortCounts extends KeyedCounts<PortCountKey> {
  private readonly numericSlots = new Int32Array(NUMERIC_PORTS).fill(-1);

  override slotOf(key: PortCountKey): number {
    if (typeof key === 'number' && key < NUMERIC_PORTS) {
      let slot = this.numericSlots[key];
      if (slot < 0) {
        slot = this.newSlot(key);
        this.numericSlots[key] = slot;
      }
      return slot;
    }
    return super.slotOf(key);
  }
}

/** Entries of HostCounts' cache: a power of two, indexed by an IPv4 address's last bits. */
const HOST_CACHE_SIZE = 256;

/**
 * Peer counts: an IPv4 peer (a number) is looked up in a small cache by its last bits before the map
 * (a map lookup per row was a large share of the counting); a slot never changes once given, so the cache never goes stale.
 */
class HostCounts extends KeyedCounts<HostCountKey> {
  private readonly cachedKeys = new Float64Array(HOST_CACHE_SIZE).fill(-1);
  private readonly cachedSlots = new Int32Array(HOST_CACHE_SIZE);

  override slotOf(key: HostCountKey): number {
    if (typeof key !== 'number') {
      return super.slotOf(key);
    }
    const entry = key & (HOST_CACHE_SIZE - 1);
    if (this.cachedKeys[entry] === key) {
      return this.cachedSlots[entry];
    }
    const slot = super.slotOf(key);
    this.cachedKeys[entry] = key;
    this.cachedSlots[entry] = slot;
    return slot;
  }
}

/** The pids (and Windows services) each process's counted sockets name: a socket removed by an edit takes its pid along. */
export interface ProcessDetails {
  /** Each pid with how many counted sockets name it. */
  readonly pids: Map<number, PidCount>;
  services?: Map<string, number>;
  /** The pid the last counted socket named: a program's rows mostly repeat a pid, and then need no lookup. */
  lastPid?: PidCount;
}

export interface PidCount {
  readonly pid: number;
  count: number;
}

/**
 * What the summary counts, from the parse's columns: rows by protocol; TCP sockets with a state by state,
 * family and listening port, and ranked by local port, by peer host (listeners aside) and by owning
 * process. Counted in one pass over the columns when the summary first asks (that pass measured faster
 * than counting inside the scan); from then on an incremental re-scan updates them by difference,
 * counting the rows it reads and replaces and taking out those it drops.
 */
export class SocketTallies {
  /** Rows by protocol (every row), and TCP sockets with a state by state and by address family. */
  readonly protocols = new Int32Array(PROTOCOLS.length);
  readonly states = new Int32Array(STATE_COUNT);
  ipv4 = 0;
  ipv6 = 0;
  /** LISTEN sockets per local port as printed: connections to those ports are inbound. */
  readonly listeningPorts = new Map<string, number>();
  readonly ports = new PortCounts();
  readonly hosts = new HostCounts();
  readonly processes = new KeyedCounts<string>();
  /** Per process slot. */
  readonly details: ProcessDetails[] = [];
  /** Process slots by the name's id in the document's strings: no hashing of the name per row. */
  private processSlotsById = new Int32Array(64).fill(-1);

  /** Counts row `index` of `columns` in (`sign` 1) or out (-1), from its columns. */
  count(columns: SocketColumns, index: number, sign: 1 | -1): void {
    const protocol = columns.protocol[index];
    this.protocols[protocol] += sign;
    const state = columns.state[index];
    if (state === NO_STATE || protocol !== TCP_PROTOCOL) {
      return;
    }
    this.states[state] += sign;
    const family = columns.family[index];
    if (family === 4) {
      this.ipv4 += sign;
    } else if (family === 6) {
      this.ipv6 += sign;
    }
    const port = columns.localPort[index];
    if (port !== NO_KEY) {
      const key = port >= 0 ? port : columns.localPortKey(index)!;
      this.ports.add(this.ports.slotOf(key), state, sign);
      if (state === LISTEN) {
        adjust(this.listeningPorts, String(key), sign);
      }
    }
    const host = state === LISTEN ? NO_KEY : columns.remoteHost[index];
    if (host !== NO_KEY) {
      this.hosts.add(this.hosts.slotOf(host >= 0 ? host : columns.remoteHostKey(index)!), state, sign);
    }
    const object = columns.objectRow(index);
    const owner = columns.owner[index];
    if (object !== undefined && !(object instanceof TableRow)) {
      this.countOwnersOfObject(object, state, sign);
    } else if (owner >= 0) {
      const slot = this.processSlotOfId(owner, columns);
      this.processes.add(slot, state, sign);
      const pid = columns.pid[index];
      if (pid >= 0) {
        countPid(this.details[slot], pid, sign);
      }
    } else if (owner === SEVERAL_OWNERS) {
      this.sharedSocket(columns.row(index).processes, state, sign);
    }
  }

  private processSlotOfId(id: number, columns: SocketColumns): number {
    if (id >= this.processSlotsById.length) {
      const grown = new Int32Array(Math.max(id + 1, this.processSlotsById.length * 2)).fill(-1);
      grown.set(this.processSlotsById);
      this.processSlotsById = grown;
    }
    let slot = this.processSlotsById[id];
    if (slot < 0) {
      slot = this.processSlot(columns.keys.strings.values[id]);
      this.processSlotsById[id] = slot;
    }
    return slot;
  }

  private processSlot(name: string): number {
    const slot = this.processes.slotOf(name);
    this.details[slot] ??= { pids: new Map() };
    return slot;
  }

  private countOwnersOfObject(row: SocketRow, state: number, sign: 1 | -1): void {
    if (row.processes.length === 1) {
      const { name, pid, service } = row.processes[0];
      const slot = this.processSlot(name);
      this.processes.add(slot, state, sign);
      if (pid !== undefined) {
        countPid(this.details[slot], pid, sign);
      }
      if (service !== undefined) {
        adjust((this.details[slot].services ??= new Map()), service, sign);
      }
    } else if (row.processes.length > 1) {
      this.sharedSocket(row.processes, state, sign);
    }
  }

  /** One socket shared by several workers of one program counts once for that program. */
  private sharedSocket(owners: readonly SocketProcess[], state: number, sign: 1 | -1): void {
    const counted = new Set<string>();
    for (const process of owners) {
      const slot = this.processSlot(process.name);
      if (!counted.has(process.name)) {
        counted.add(process.name);
        this.processes.add(slot, state, sign);
      }
      if (process.pid !== undefined) {
        countPid(this.details[slot], process.pid, sign);
      }
    }
  }
}

/** Counts a socket of `pid` in (1) or out (-1) of its process's details, as `adjust` would, with the last pid's entry at hand. */
function countPid(details: ProcessDetails, pid: number, sign: 1 | -1): void {
  let entry = details.lastPid;
  if (entry === undefined || entry.pid !== pid) {
    entry = details.pids.get(pid);
    if (entry === undefined) {
      entry = { pid, count: 0 };
      details.pids.set(pid, entry);
    }
    details.lastPid = entry;
  }
  entry.count += sign;
  if (entry.count <= 0) {
    details.pids.delete(pid);
    details.lastPid = undefined;
  }
}

function adjust<K>(map: Map<K, number>, key: K, sign: 1 | -1): void {
  const count = (map.get(key) ?? 0) + sign;
  if (count > 0) {
    map.set(key, count);
  } else {
    map.delete(key);
  }
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

/** The tallies of `dump`: those its scan kept, or counted now from its columns (a dump built by hand, or one a re-scan took them from). */
export function talliesOf(dump: ParsedSocketDump): SocketTallies {
  let tallies = talliesOfDumps.get(dump);
  if (!tallies) {
    tallies = new SocketTallies();
    const columns = socketColumnsOf(dump);
    for (let index = 0; index < columns.length; index++) {
      tallies.count(columns, index, 1);
    }
    talliesOfDumps.set(dump, tallies);
  }
  return tallies;
}
