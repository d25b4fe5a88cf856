import { format } from '../../i18n/localized';
import { joinLocalized } from './grouping';
import { histogramStateRule } from './histogramJudging';

/**
 * CLOSE_WAIT counted by a histogram: the peers closed and the program here never called close(). The
 * histogram cannot say which port or program, so the message gives the commands that do.
 */
export const histogramCloseWait = histogramStateRule('histogram.close-wait-buildup', 'CLOSE_WAIT', 'closeWait', ({ count, share }) =>
  joinLocalized(
    format({ en: '{count} sockets in CLOSE_WAIT in this histogram', zh: '这份统计中有 {count} 个 CLOSE_WAIT 连接' }, { count }),
    share,
    {
      en: ". Their peers have closed and the program on this host has not called close(): no kernel timer ends CLOSE_WAIT, so they stay until the program closes them or exits (a descriptor leak). Find the port and the process that hold them: ss -tanp state close-wait (netstat -tanp | grep CLOSE_WAIT where ss is missing), or count them per local address and process: ss -tanp state close-wait | awk 'NR>1 {print $3, $NF}' | sort | uniq -c | sort -rn. Then look in that program for the code path that skips close().",
      zh: "。对端已经关闭，而本机程序没有调用 close()：内核没有任何定时器会结束 CLOSE_WAIT，这些连接会一直留到程序关闭它们或退出为止（文件描述符泄漏）。先找出占用它们的端口和进程：ss -tanp state close-wait（没有 ss 时用 netstat -tanp | grep CLOSE_WAIT），或按本地地址和进程计数：ss -tanp state close-wait | awk 'NR>1 {print $3, $NF}' | sort | uniq -c | sort -rn。然后在该程序里排查漏掉 close() 的代码路径。",
    },
  ),
);
