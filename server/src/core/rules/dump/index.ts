import { acceptQueueFull } from './acceptQueueFull';
import { closeWaitBuildup } from './closeWaitBuildup';
import type { DumpRule } from './dumpRule';
import { synRecvFlood } from './synRecvFlood';
import { timeWaitBuildup } from './timeWaitBuildup';
import { unrecognizedLine } from './unrecognizedLine';

/** Every rule run on a netstat/ss document, in the order their diagnostics are listed. */
export const DUMP_RULES: readonly DumpRule[] = [
  closeWaitBuildup,
  timeWaitBuildup,
  synRecvFlood,
  acceptQueueFull,
  unrecognizedLine,
];
