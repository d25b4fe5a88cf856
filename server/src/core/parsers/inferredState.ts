import type { TcpState } from '../model/tcpState';
import { isUnsignedInteger } from './textLines';

/**
 * A TCP row whose state word we do not know (a language netstat was translated to that no table here
 * lists) can still be read when its shape tells the state: only a listening socket has no peer, and
 * every tool prints that missing peer as a wildcard. Connected rows with an unknown word are left
 * unrecognized: their shape fits any of ten states.
 */

/** A listening socket's foreign address as net-tools (`0.0.0.0:*`, `:::*`), Windows (`0.0.0.0:0`, `[::]:0`, `*:*`) and ss print it. */
const WILDCARD_PEERS: ReadonlySet<string> = new Set(['0.0.0.0:*', ':::*', '[::]:*', '*:*', '0.0.0.0:0', '[::]:0']);

export function isWildcardPeer(text: string): boolean {
  return WILDCARD_PEERS.has(text);
}

/**
 * The state an unknown state word stands for, judged by the row's peer: LISTEN when the peer is a
 * wildcard and the word is a word (not a number such as a PID that took the place of a missing state).
 */
export function stateFromRowShape(word: string, peer: string): TcpState | undefined {
  return isWildcardPeer(peer) && word.length > 0 && !isUnsignedInteger(word) && !word.includes(':') ? 'LISTEN' : undefined;
}
