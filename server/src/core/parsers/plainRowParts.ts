import { plainEndpoint, plainIpv4EndpointEnd } from './endpoint';
import type { TcpRowAt } from './socketColumns';
import { blanksEndAt, isBlankCode } from './textCodes';

/**
 * `recvQ sendQ a.b.c.d:port e.f.g.h:port`, the middle of an ss and of a net-tools TCP row, read in one
 * pass from codes[from] (where Recv-Q starts) into `row` (offsets on the line that starts at `lineStart`):
 * returns where the peer ends, or -1 for any other shape, left to the format's general reader (what was
 * written to `row` is then never kept). The local port must be a plain number; the peer's may be `*`.
 * codes[to] is the line's end (see plainIpv4EndpointEnd).
 */
export function readPlainQueuesAndEndpoints(codes: Uint8Array, from: number, to: number, lineStart: number, row: TcpRowAt): number {
  let index = from;
  let recvQ = 0;
  while (codes[index] >= 48 && codes[index] <= 57) {
    recvQ = recvQ * 10 + codes[index++] - 48;
  }
  if (index === from || index - from > 15 || !isBlankCode(codes[index])) {
    return -1;
  }
  const sendQStart = blanksEndAt(codes, index);
  index = sendQStart;
  let sendQ = 0;
  while (codes[index] >= 48 && codes[index] <= 57) {
    sendQ = sendQ * 10 + codes[index++] - 48;
  }
  if (index === sendQStart || index - sendQStart > 15 || !isBlankCode(codes[index])) {
    return -1;
  }
  const localStart = blanksEndAt(codes, index);
  const localEnd = plainIpv4EndpointEnd(codes, localStart, to);
  const localPort = plainEndpoint.port;
  if (localEnd < 0 || localEnd === to || localPort < 0) {
    return -1;
  }
  const localHost = plainEndpoint.ipv4;
  const peerStart = blanksEndAt(codes, localEnd);
  const peerEnd = plainIpv4EndpointEnd(codes, peerStart, to);
  if (peerEnd < 0) {
    return -1;
  }
  row.recvQ = recvQ;
  row.sendQ = sendQ;
  row.localStart = localStart - lineStart;
  row.localEnd = localEnd - lineStart;
  row.remoteStart = peerStart - lineStart;
  row.remoteEnd = peerEnd - lineStart;
  row.localPort = localPort;
  row.remoteHost = plainEndpoint.ipv4;
  // -1 (NO_KEY) for `*` or a port that is not a plain number.
  row.remotePort = plainEndpoint.port;
  row.localHost = localHost;
  return peerEnd;
}
