import type { Localized } from '../i18n/localized';
import type { TcpState } from '../model/tcpState';

/**
 * The TCP state machine as the summary panel draws it: where each state sits and which transitions
 * join them, each labelled "event / action" as RFC 9293 §3.3.2 labels its diagram (facts from there,
 * wording ours). Coordinates are SVG user units in a VIEW_BOX-sized drawing; each box is centred on
 * its point. The webview script builds the SVG from this data and knows no state by name.
 */
export interface DiagramState {
  readonly state: TcpState;
  readonly x: number;
  readonly y: number;
}

export interface DiagramEdge {
  readonly from: TcpState;
  readonly to: TcpState;
  /** The polyline from the edge of one box to the edge of the other; the arrow head is at the last point. */
  readonly points: readonly (readonly [number, number])[];
  readonly event: Localized;
  readonly action: Localized;
  /** Where the label starts (or ends, for `anchor: 'end'`). */
  readonly label: { readonly x: number; readonly y: number; readonly anchor: 'start' | 'end' | 'middle' };
  /** The application's own call: a socket stays in `from` until the program makes it. */
  readonly byApplication?: boolean;
  /** Where MISSING_CLOSE goes when `from` piles up (the close() out of CLOSE_WAIT). */
  readonly missingNote?: { readonly x: number; readonly y: number; readonly anchor: 'start' | 'end' | 'middle' };
}

export const VIEW_BOX = { width: 720, height: 680 } as const;
export const BOX = { width: 128, height: 44 } as const;

export const DIAGRAM_STATES: readonly DiagramState[] = [
  { state: 'CLOSED', x: 360, y: 40 },
  { state: 'LISTEN', x: 360, y: 130 },
  { state: 'SYN_RECV', x: 150, y: 240 },
  { state: 'SYN_SENT', x: 570, y: 240 },
  { state: 'ESTABLISHED', x: 360, y: 340 },
  { state: 'FIN_WAIT1', x: 150, y: 440 },
  { state: 'CLOSE_WAIT', x: 570, y: 440 },
  { state: 'FIN_WAIT2', x: 100, y: 545 },
  { state: 'CLOSING', x: 290, y: 545 },
  { state: 'LAST_ACK', x: 570, y: 545 },
  { state: 'TIME_WAIT', x: 195, y: 645 },
];

const NOTHING: Localized = { en: '—', zh: '—' };
const SEND_ACK: Localized = { en: 'send ACK', zh: '发送 ACK' };
const SEND_FIN: Localized = { en: 'send FIN', zh: '发送 FIN' };
const RECEIVE_FIN: Localized = { en: 'receive FIN', zh: '收到 FIN' };
const ACK_OF_FIN: Localized = { en: 'receive ACK of FIN', zh: '收到对 FIN 的 ACK' };
const CLOSE_CALL: Localized = { en: 'close()', zh: '应用调用 close()' };
const DELETE_TCB: Localized = { en: 'delete TCB', zh: '删除 TCB' };

export const DIAGRAM_EDGES: readonly DiagramEdge[] = [
  {
    from: 'CLOSED',
    to: 'LISTEN',
    points: [[360, 62], [360, 108]],
    event: { en: 'passive open (listen())', zh: '被动打开（listen()）' },
    action: { en: 'create TCB', zh: '创建 TCB' },
    label: { x: 368, y: 90, anchor: 'start' },
    byApplication: true,
  },
  {
    from: 'CLOSED',
    to: 'SYN_SENT',
    points: [[424, 50], [570, 50], [570, 218]],
    event: { en: 'active open (connect())', zh: '主动打开（connect()）' },
    action: { en: 'send SYN', zh: '发送 SYN' },
    label: { x: 578, y: 120, anchor: 'start' },
    byApplication: true,
  },
  {
    from: 'LISTEN',
    to: 'SYN_RECV',
    points: [[296, 130], [150, 130], [150, 218]],
    event: { en: 'receive SYN', zh: '收到 SYN' },
    action: { en: 'send SYN,ACK', zh: '发送 SYN,ACK' },
    label: { x: 142, y: 175, anchor: 'end' },
  },
  {
    from: 'SYN_RECV',
    to: 'LISTEN',
    points: [[200, 218], [320, 152]],
    event: { en: 'receive RST', zh: '收到 RST' },
    action: NOTHING,
    label: { x: 272, y: 196, anchor: 'start' },
  },
  {
    from: 'SYN_RECV',
    to: 'ESTABLISHED',
    points: [[150, 262], [150, 340], [296, 340]],
    event: { en: 'receive ACK of SYN', zh: '收到对 SYN 的 ACK' },
    action: NOTHING,
    label: { x: 158, y: 300, anchor: 'start' },
  },
  {
    from: 'SYN_SENT',
    to: 'ESTABLISHED',
    points: [[570, 262], [570, 340], [424, 340]],
    event: { en: 'receive SYN,ACK', zh: '收到 SYN,ACK' },
    action: SEND_ACK,
    label: { x: 578, y: 300, anchor: 'start' },
  },
  {
    from: 'ESTABLISHED',
    to: 'FIN_WAIT1',
    points: [[310, 362], [190, 418]],
    event: CLOSE_CALL,
    action: SEND_FIN,
    label: { x: 240, y: 382, anchor: 'end' },
    byApplication: true,
  },
  {
    from: 'ESTABLISHED',
    to: 'CLOSE_WAIT',
    points: [[410, 362], [530, 418]],
    event: RECEIVE_FIN,
    action: SEND_ACK,
    label: { x: 480, y: 382, anchor: 'start' },
  },
  {
    from: 'FIN_WAIT1',
    to: 'FIN_WAIT2',
    points: [[125, 462], [108, 523]],
    event: ACK_OF_FIN,
    action: NOTHING,
    label: { x: 110, y: 492, anchor: 'end' },
  },
  {
    from: 'FIN_WAIT1',
    to: 'CLOSING',
    points: [[185, 462], [262, 523]],
    event: RECEIVE_FIN,
    action: SEND_ACK,
    label: { x: 232, y: 486, anchor: 'start' },
  },
  {
    from: 'FIN_WAIT2',
    to: 'TIME_WAIT',
    points: [[115, 567], [170, 623]],
    event: RECEIVE_FIN,
    action: SEND_ACK,
    label: { x: 136, y: 604, anchor: 'end' },
  },
  {
    from: 'CLOSING',
    to: 'TIME_WAIT',
    points: [[275, 567], [220, 623]],
    event: ACK_OF_FIN,
    action: NOTHING,
    label: { x: 256, y: 604, anchor: 'start' },
  },
  {
    from: 'TIME_WAIT',
    to: 'CLOSED',
    points: [[131, 655], [14, 655], [14, 30], [296, 30]],
    event: { en: 'timeout after 2×MSL (60 s on Linux)', zh: '2×MSL 超时（Linux 上为 60 秒）' },
    action: DELETE_TCB,
    label: { x: 22, y: 80, anchor: 'start' },
  },
  {
    from: 'CLOSE_WAIT',
    to: 'LAST_ACK',
    points: [[570, 462], [570, 523]],
    event: CLOSE_CALL,
    action: SEND_FIN,
    label: { x: 578, y: 486, anchor: 'start' },
    byApplication: true,
    missingNote: { x: 560, y: 492, anchor: 'end' },
  },
  {
    from: 'LAST_ACK',
    to: 'CLOSED',
    points: [[634, 545], [706, 545], [706, 40], [424, 40]],
    event: ACK_OF_FIN,
    action: DELETE_TCB,
    label: { x: 700, y: 580, anchor: 'end' },
  },
];

/** Said under the drawing: the transitions it leaves out to stay readable. */
export const DIAGRAM_NOTES: readonly Localized[] = [
  {
    en: 'A reset (receive RST) moves a connection in any synchronized state straight to CLOSED; the kernel also drops a connection whose retransmissions or keepalive probes go unanswered.',
    zh: '在任一已同步状态下收到 RST，连接直接进入 CLOSED；重传或 keepalive 探测一直得不到应答时，内核也会直接丢弃该连接。',
  },
];

/** Shown on the close() edge out of CLOSE_WAIT when CLOSE_WAIT sockets pile up. */
export const MISSING_CLOSE: Localized = {
  en: 'close() never called',
  zh: '应用从未调用 close()',
};

/** The states each socket-dump diagnostic is about, so the drawing can mark them. */
export const FINDING_STATES: ReadonlyMap<string, readonly TcpState[]> = new Map<string, readonly TcpState[]>([
  ['state.close-wait-buildup', ['CLOSE_WAIT']],
  ['state.time-wait-buildup', ['TIME_WAIT']],
  ['state.time-wait-overflow', ['TIME_WAIT']],
  ['state.syn-recv-flood', ['SYN_RECV']],
  ['state.syn-sent-pileup', ['SYN_SENT']],
  ['state.fin-wait2-buildup', ['FIN_WAIT2']],
  ['state.stuck-closing', ['FIN_WAIT1', 'CLOSING', 'LAST_ACK']],
  ['state.orphans-near-limit', ['FIN_WAIT1', 'FIN_WAIT2']],
  ['listen.accept-queue-full', ['LISTEN']],
  ['listen.queue-overflows', ['LISTEN']],
  ['queue.recv-q-buildup', ['ESTABLISHED']],
  ['queue.send-q-buildup', ['ESTABLISHED']],
]);
