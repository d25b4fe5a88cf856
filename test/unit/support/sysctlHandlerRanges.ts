import { parseKernelInteger } from '../../../server/src/core/analysis/sysctlValue';
import type { SysctlKeyDoc, SysctlRange, SysctlUnit } from '../../../server/src/core/knowledge/types';

/** One key of knowledge/kernels/handlers.json: the standard handler and the bounds it enforces (null: not a known number). */
export type HandlerBounds = readonly [handler: string, min: number | null, max: number | null];

export interface RangeMismatch {
  readonly key: string;
  readonly handler: string;
  readonly problem: string;
}

/** What a jiffies handler converts the stored ticks into, which is the unit a user writes. */
const UNIT_OF_HANDLER = new Map<string, SysctlUnit>([
  ['proc_dointvec_jiffies', 'seconds'],
  ['proc_dointvec_ms_jiffies', 'milliseconds'],
  ['proc_dointvec_ms_jiffies_minmax', 'milliseconds'],
  ['proc_doulongvec_ms_jiffies_minmax', 'milliseconds'],
  ['proc_dointvec_userhz_jiffies', 'centiseconds'],
]);

/** Enumerating the accepted integers of a bool/enum key is only meaningful for a short span. */
const MAX_ENUMERATED_SPAN = 256;

/**
 * Every way a documented entry disagrees with its kernel handler: a unit other than the one the
 * handler converts to, a documented minimum or maximum the handler does not enforce (or contradicts;
 * the stored range of unboundedFlagValues.ts stands for the documented one where it is listed),
 * and for bool/enum keys a set of accepted numbers (the documented values, or the stored range of
 * an unbounded flag) other than the handler's. Keys without handler data are not judged.
 */
export function rangeMismatches(
  docs: readonly SysctlKeyDoc[],
  handlers: ReadonlyMap<string, HandlerBounds>,
  storedRangeOfFlag: (key: string) => SysctlRange | undefined,
): RangeMismatch[] {
  const mismatches: RangeMismatch[] = [];
  for (const doc of docs) {
    const bounds = handlers.get(doc.key);
    if (!bounds || doc.removedIn) {
      continue;
    }
    const [handler, min, max] = bounds;
    const report = (problem: string) => mismatches.push({ key: doc.key, handler, problem });
    const convertedUnit = UNIT_OF_HANDLER.get(handler);
    if (convertedUnit && doc.unit !== convertedUnit && (doc.unit !== undefined || doc.type === 'int' || doc.type === 'int-list')) {
      report(`unit ${doc.unit ?? 'not given'}, the handler reads ${convertedUnit}`);
    }
    if (doc.type === 'int' || doc.type === 'int-list') {
      // A key that prints a number it refuses (kernel.sem_next_id's -1) is checked on its written range.
      const written = (doc.type === 'int' ? storedRangeOfFlag(doc.key) : undefined) ?? doc.range;
      if (written?.min !== undefined && min !== null && written.min !== min) {
        report(`documented minimum ${written.min}, the handler's is ${min}`);
      }
      if (written?.max !== undefined && max !== null && written.max !== max) {
        report(`documented maximum ${written.max}, the handler's is ${max}`);
      }
      continue;
    }
    if ((doc.type !== 'bool' && doc.type !== 'enum') || min === null || max === null) {
      continue;
    }
    const stored = storedRangeOfFlag(doc.key);
    if (stored) {
      if (stored.min !== min || stored.max !== max) {
        report(`stored range ${stored.min}…${stored.max}, the handler's is ${min}…${max}`);
      }
      continue;
    }
    const values = doc.values && doc.values.length > 0 ? doc.values.map((entry) => entry.value) : ['0', '1'];
    const numbers = values.map((value) => parseKernelInteger(value));
    if (numbers.some((number) => number === undefined)) {
      continue;
    }
    const accepted = new Set(numbers);
    const outside = [...accepted].filter((number) => number! < min || number! > max);
    if (outside.length > 0) {
      report(`documented values ${outside.join(', ')} are outside the handler's ${min}…${max}`);
    } else if (max - min + 1 > MAX_ENUMERATED_SPAN || max - min + 1 !== accepted.size) {
      report(`documented values ${values.join(', ')}, but the handler stores any number in ${min}…${max}`);
    }
  }
  return mismatches;
}
