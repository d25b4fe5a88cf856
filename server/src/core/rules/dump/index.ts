import { acceptQueueFull } from './acceptQueueFull';
import { closeWaitBuildup } from './closeWaitBuildup';
import { closeWaitRising } from './closeWaitRising';
import { countRising } from './countRising';
import type { DumpRule } from './dumpRule';
import { ephemeralExhaustion } from './ephemeralExhaustion';
import { finWait2Buildup } from './finWait2Buildup';
import { kernelLogMessages } from './kernelLogMessages';
import { histogramCloseWait } from './histogramCloseWait';
import { histogramPeerShare } from './histogramPeerShare';
import { histogramSynRecv } from './histogramSynRecv';
import { histogramTimeWait } from './histogramTimeWait';
import { listenQueueOverflows } from './listenQueueOverflows';
import { orphansNearLimit } from './orphansNearLimit';
import { recvQBuildup } from './recvQBuildup';
import { retransmissionShare } from './retransmissionShare';
import { sendQBuildup } from './sendQBuildup';
import { stuckClosing } from './stuckClosing';
import { synRecvFlood } from './synRecvFlood';
import { synSentPileup } from './synSentPileup';
import { timeWaitBuildup } from './timeWaitBuildup';
import { timeWaitOverflow } from './timeWaitOverflow';
import { unrecognizedLine } from './unrecognizedLine';

/** Every rule run on a netstat/ss document, in the order their diagnostics are listed. */
export const DUMP_RULES: readonly DumpRule[] = [
  closeWaitBuildup,
  timeWaitBuildup,
  ephemeralExhaustion,
  synRecvFlood,
  synSentPileup,
  finWait2Buildup,
  stuckClosing,
  acceptQueueFull,
  recvQBuildup,
  sendQBuildup,
  listenQueueOverflows,
  orphansNearLimit,
  timeWaitOverflow,
  closeWaitRising,
  countRising,
  retransmissionShare,
  unrecognizedLine,
  kernelLogMessages,
  histogramCloseWait,
  histogramTimeWait,
  histogramSynRecv,
  histogramPeerShare,
];
