import { type MessagePort, Worker } from 'node:worker_threads';
import { type AnalysisOptions, analyzeSource, type Source } from './analyzeFile';
import type { FileReport } from './report';

/** What the main thread sends a worker: the index keeps results in input order whoever finishes first. */
interface Task {
  readonly index: number;
  readonly source: Source;
}

interface Answer {
  readonly index: number;
  readonly report: FileReport;
}

/**
 * Analyses sources on `jobs` threads, this one and `jobs - 1` workers, handing each result to
 * `onReport` as soon as it and every one before it are done, so output stays in input order and
 * identical whatever `jobs` is. Standard input is always read by this thread; an input that failed
 * before reading comes as its ready report.
 */
export async function analyzeAll(
  sources: readonly (Source | { readonly kind: 'report'; readonly report: FileReport })[],
  options: AnalysisOptions,
  jobs: number,
  onReport: (report: FileReport, index: number) => void,
): Promise<void> {
  const done = new Array<FileReport | undefined>(sources.length);
  let next = 0;
  const finish = (index: number, report: FileReport): void => {
    done[index] = report;
    while (next < sources.length && done[next] !== undefined) {
      onReport(done[next]!, next);
      done[next] = undefined;
      next++;
    }
  };
  const fileTasks: Task[] = [];
  for (const [index, source] of sources.entries()) {
    if (source.kind === 'report') {
      finish(index, source.report);
    } else if (source.kind === 'stdin' || jobs <= 1) {
      finish(index, await analyzeSource(source, options));
    } else {
      fileTasks.push({ index, source });
    }
  }
  if (fileTasks.length === 0) {
    return;
  }
  let queued = 0;
  const take = (): Task | undefined => fileTasks[queued++];
  // This thread is one of the `jobs`: it starts on the files at once, while the workers load the bundle.
  const workers = Array.from({ length: Math.min(jobs - 1, fileTasks.length) }, () => {
    const worker = new Worker(__filename, { workerData: { netstatInsightWorker: options } });
    return new Promise<void>((resolve, reject) => {
      let inFlight = 0;
      // Two tasks each, so a worker has the next file at hand while this thread is busy parsing.
      const feed = (): void => {
        while (inFlight < TASKS_PER_WORKER) {
          const task = take();
          if (task === undefined) {
            break;
          }
          worker.postMessage(task);
          inFlight++;
        }
        if (inFlight === 0) {
          void worker.terminate().then(() => resolve());
        }
      };
      worker.on('message', (answer: Answer) => {
        inFlight--;
        finish(answer.index, answer.report);
        feed();
      });
      worker.on('error', reject);
      feed();
    });
  });
  for (let task = take(); task !== undefined; task = take()) {
    finish(task.index, await analyzeSource(task.source, options));
  }
  await Promise.all(workers);
}

const TASKS_PER_WORKER = 2;

/** True in a thread started by analyzeAll: the same bundle serves as the worker's script. */
export function isAnalysisWorker(workerData: unknown): workerData is { netstatInsightWorker: AnalysisOptions } {
  return typeof workerData === 'object' && workerData !== null && 'netstatInsightWorker' in workerData;
}

/** The worker's loop: analyse each task the main thread sends, answer with its report. */
export function serveAnalysis(options: AnalysisOptions, port: MessagePort): void {
  port.on('message', (task: Task) => {
    void analyzeSource(task.source, options).then((report) => port.postMessage({ index: task.index, report } satisfies Answer));
  });
}
