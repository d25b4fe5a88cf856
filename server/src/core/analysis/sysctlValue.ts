import { compareKernelVersions } from '../knowledge/kernels/index';
import type { SysctlKeyDoc } from '../knowledge/types';
import { storedRangeOfFlag } from '../knowledge/unboundedFlagValues';

export type ValueProblem =
  | { readonly kind: 'empty' }
  | { readonly kind: 'inline-comment' }
  | { readonly kind: 'not-integer'; readonly item: string }
  | { readonly kind: 'out-of-range'; readonly item: string; readonly min?: number; readonly max?: number }
  | { readonly kind: 'not-allowed'; readonly allowed: readonly string[] }
  | { readonly kind: 'item-count'; readonly expected: number; readonly actual: number };

/** Since 4.5 (sysctl_writes_strict = 1) a number handler ignores a write that does not start at offset 0. */
const STRICT_WRITES_SINCE = '4.5';

/**
 * Checks a value the way the kernel's proc handlers would read it for this key, on `kernel`
 * (a `major.minor` release; the newest when not given).
 */
export function checkSysctlValue(doc: SysctlKeyDoc, value: string, kernel?: string): ValueProblem | undefined {
  const comment = inlineCommentStart(value);
  if (comment >= 0) {
    if (!ignoresTextAfterNumber(doc, kernel)) {
      return { kind: 'inline-comment' };
    }
    // The handler reads the one number, reports a short write, and sysctl's write of the rest is dropped.
    return checkSysctlValue(doc, value.slice(0, comment), kernel);
  }
  if (doc.type === 'string') {
    return undefined;
  }
  const items = valueItems(value);
  if (items.length === 0) {
    return { kind: 'empty' };
  }
  if (doc.type === 'int-list') {
    if (doc.items !== undefined && items.length !== doc.items) {
      return { kind: 'item-count', expected: doc.items, actual: items.length };
    }
    for (const item of items) {
      const problem = checkInteger(item, doc);
      if (problem) {
        return problem;
      }
    }
    return undefined;
  }
  if (items.length !== 1) {
    return { kind: 'item-count', expected: 1, actual: items.length };
  }
  const item = items[0];
  const allowed = allowedValues(doc);
  const storedRange = storedRangeOfFlag(doc.key);
  if (storedRange && parseKernelInteger(item) !== undefined) {
    // The kernel keeps any number in this range; the documented values are only the meaningful ones.
    return checkInteger(item, { range: storedRange });
  }
  if (allowed) {
    const number = parseKernelInteger(item);
    const matches = allowed.some((candidate) => candidate === item || (number !== undefined && parseKernelInteger(candidate) === number));
    return matches ? undefined : { kind: 'not-allowed', allowed };
  }
  return checkInteger(item, doc);
}

/** The blank-separated items of a value: list values separate them with tabs or spaces. */
export function valueItems(value: string): string[] {
  return value.split(/\s+/).filter((item) => item !== '');
}

/** A value with one space between its items, as people write it in sysctl.conf and as values compare. */
export function spacedValue(value: string): string {
  return valueItems(value).join(' ');
}

/** The accepted values of a bool or enum key; undefined when any integer in the range is fine. */
export function allowedValues(doc: SysctlKeyDoc): readonly string[] | undefined {
  if (doc.values && doc.values.length > 0) {
    return doc.values.map((entry) => entry.value);
  }
  return doc.type === 'bool' ? ['0', '1'] : undefined;
}

/** Where an end-of-line comment starts (blank, then `#` or `;`), or -1; a linear scan. */
function inlineCommentStart(value: string): number {
  for (let index = 1; index < value.length; index++) {
    const char = value[index];
    if ((char === '#' || char === ';') && (value[index - 1] === ' ' || value[index - 1] === '\t')) {
      return index - 1;
    }
  }
  return -1;
}

/**
 * Number keys of a fixed count on a strict-writes kernel: once the handler has read its numbers it
 * stops, and the text after them never reaches it. A list of variable length reads on into the comment.
 */
function ignoresTextAfterNumber(doc: SysctlKeyDoc, kernel: string | undefined): boolean {
  const fixedNumbers =
    doc.type === 'int' ||
    doc.type === 'bool' ||
    (doc.type === 'int-list' && doc.items !== undefined) ||
    (doc.type === 'enum' && (doc.values ?? []).every((entry) => parseKernelInteger(entry.value) !== undefined));
  return fixedNumbers && (kernel === undefined || compareKernelVersions(kernel, STRICT_WRITES_SINCE) >= 0);
}

function checkInteger(item: string, doc: Pick<SysctlKeyDoc, 'range'>): ValueProblem | undefined {
  const number = parseKernelInteger(item);
  if (number === undefined) {
    return { kind: 'not-integer', item };
  }
  const min = doc.range?.min;
  const max = doc.range?.max;
  if ((min !== undefined && number < min) || (max !== undefined && number > max)) {
    return { kind: 'out-of-range', item, min, max };
  }
  return undefined;
}

/** A value pasted by mistake can be megabytes long; messages quote only its start. */
const MAX_QUOTED_VALUE = 40;

/** Hovers and the outline show a value whole up to this: longer than any real one (net.core.netdev_rss_key has 155 characters). */
export const MAX_SHOWN_VALUE = 256;

export function shortenedValue(value: string, limit = MAX_QUOTED_VALUE): string {
  return value.length > limit ? `${value.slice(0, limit)}…` : value;
}

/** Decimal, or 0x-prefixed hex, with an optional minus sign, as the kernel's proc_dointvec accepts. */
export function parseKernelInteger(text: string): number | undefined {
  if (!/^-?(?:0[xX][0-9a-fA-F]{1,16}|\d{1,20})$/.test(text)) {
    return undefined;
  }
  const negative = text.startsWith('-');
  const digits = negative ? text.slice(1) : text;
  const value = digits.toLowerCase().startsWith('0x') ? Number.parseInt(digits.slice(2), 16) : Number(digits);
  return negative ? -value : value;
}
