import { cp850Misreadings } from '../knowledge/consoleCodePages';
import { STATE_TRANSLATIONS, type StateTranslation } from '../knowledge/translatedStateWords';

/** The eleven TCP states of RFC 9293, in the order a connection meets them. */
export const CANONICAL_STATES = [
  'LISTEN',
  'SYN_SENT',
  'SYN_RECV',
  'ESTABLISHED',
  'FIN_WAIT1',
  'FIN_WAIT2',
  'CLOSE_WAIT',
  'CLOSING',
  'LAST_ACK',
  'TIME_WAIT',
  'CLOSED',
] as const;

export type TcpState = (typeof CANONICAL_STATES)[number];

/** The tools that print a state word, used to say where a spelling comes from. */
export type StateSpellingSource = 'net-tools' | 'ss' | 'windows' | 'bsd' | 'lsof' | 'kernel' | 'rfc';

export interface StateSpelling {
  readonly spelling: string;
  readonly state: TcpState;
  readonly sources: readonly StateSpellingSource[];
}

/**
 * Every spelling a supported tool prints, mapped onto the canonical state. lsof prints the
 * net-tools spellings on Linux and the BSD ones on macOS.
 * Upper case; lookups normalise case first.
 */
export const STATE_SPELLINGS: readonly StateSpelling[] = [
  { spelling: 'LISTEN', state: 'LISTEN', sources: ['net-tools', 'ss', 'bsd', 'lsof', 'rfc'] },
  { spelling: 'LISTENING', state: 'LISTEN', sources: ['windows'] },
  { spelling: 'SYN_SENT', state: 'SYN_SENT', sources: ['net-tools', 'windows', 'bsd', 'lsof'] },
  { spelling: 'SYN-SENT', state: 'SYN_SENT', sources: ['ss', 'rfc'] },
  { spelling: 'SYN_RECV', state: 'SYN_RECV', sources: ['net-tools', 'lsof'] },
  { spelling: 'SYN-RECV', state: 'SYN_RECV', sources: ['ss'] },
  { spelling: 'SYN_RECEIVED', state: 'SYN_RECV', sources: ['windows', 'lsof'] },
  { spelling: 'SYN-RECEIVED', state: 'SYN_RECV', sources: ['rfc'] },
  { spelling: 'SYN_RCVD', state: 'SYN_RECV', sources: ['bsd'] },
  // The kernel's own name for a half-open request socket; ss and /proc show it as SYN-RECV.
  { spelling: 'NEW_SYN_RECV', state: 'SYN_RECV', sources: ['kernel'] },
  { spelling: 'ESTABLISHED', state: 'ESTABLISHED', sources: ['net-tools', 'windows', 'bsd', 'lsof', 'rfc'] },
  { spelling: 'ESTAB', state: 'ESTABLISHED', sources: ['ss'] },
  { spelling: 'FIN_WAIT1', state: 'FIN_WAIT1', sources: ['net-tools', 'lsof'] },
  { spelling: 'FIN_WAIT_1', state: 'FIN_WAIT1', sources: ['windows', 'bsd', 'lsof'] },
  { spelling: 'FIN-WAIT-1', state: 'FIN_WAIT1', sources: ['ss', 'rfc'] },
  { spelling: 'FIN_WAIT2', state: 'FIN_WAIT2', sources: ['net-tools', 'lsof'] },
  { spelling: 'FIN_WAIT_2', state: 'FIN_WAIT2', sources: ['windows', 'bsd', 'lsof'] },
  { spelling: 'FIN-WAIT-2', state: 'FIN_WAIT2', sources: ['ss', 'rfc'] },
  { spelling: 'CLOSE_WAIT', state: 'CLOSE_WAIT', sources: ['net-tools', 'windows', 'bsd', 'lsof'] },
  { spelling: 'CLOSE-WAIT', state: 'CLOSE_WAIT', sources: ['ss', 'rfc'] },
  { spelling: 'CLOSING', state: 'CLOSING', sources: ['net-tools', 'ss', 'windows', 'bsd', 'lsof', 'rfc'] },
  { spelling: 'LAST_ACK', state: 'LAST_ACK', sources: ['net-tools', 'windows', 'bsd', 'lsof'] },
  { spelling: 'LAST-ACK', state: 'LAST_ACK', sources: ['ss', 'rfc'] },
  { spelling: 'TIME_WAIT', state: 'TIME_WAIT', sources: ['net-tools', 'windows', 'bsd', 'lsof'] },
  { spelling: 'TIME-WAIT', state: 'TIME_WAIT', sources: ['ss', 'rfc'] },
  { spelling: 'CLOSE', state: 'CLOSED', sources: ['net-tools', 'lsof'] },
  { spelling: 'CLOSED', state: 'CLOSED', sources: ['windows', 'bsd', 'lsof', 'rfc'] },
  // ss prints UNCONN for a TCP socket that is neither listening nor connected (bound or just created).
  { spelling: 'UNCONN', state: 'CLOSED', sources: ['ss'] },
  // Windows (netstat -q) shows a socket that is bound but neither listening nor connected as BOUND,
  // and a connection whose control block is being freed as DELETE_TCB.
  { spelling: 'BOUND', state: 'CLOSED', sources: ['windows'] },
  { spelling: 'DELETE_TCB', state: 'CLOSED', sources: ['windows'] },
];

/**
 * The `st` column of /proc/net/tcp and tcp6: the kernel's state number in hex (include/net/tcp_states.h).
 * Kept apart from the spellings because a bare `0A` means a state only inside a /proc row.
 * 0C (NEW_SYN_RECV) is listed for safety: the kernel prints pending requests as 03.
 */
export const PROC_NET_TCP_STATES: ReadonlyMap<string, TcpState> = new Map([
  ['01', 'ESTABLISHED'],
  ['02', 'SYN_SENT'],
  ['03', 'SYN_RECV'],
  ['04', 'FIN_WAIT1'],
  ['05', 'FIN_WAIT2'],
  ['06', 'TIME_WAIT'],
  ['07', 'CLOSED'],
  ['08', 'CLOSE_WAIT'],
  ['09', 'LAST_ACK'],
  ['0A', 'LISTEN'],
  ['0B', 'CLOSING'],
  ['0C', 'SYN_RECV'],
]);

const SPELLING_INDEX: ReadonlyMap<string, StateSpelling> = new Map(
  STATE_SPELLINGS.map((entry) => [entry.spelling, entry]),
);

/** Finds the canonical state for a word as any tool prints it, or undefined. */
export function lookupStateSpelling(word: string): StateSpelling | undefined {
  // Tools print upper case: the exact word is found without making an upper-case copy per row.
  return SPELLING_INDEX.get(word) ?? SPELLING_INDEX.get(word.toUpperCase());
}

/** A state word of another language (knowledge/translatedStateWords.ts), as printed or as a console's code page garbled it. */
export interface TranslatedSpelling {
  readonly translation: StateTranslation;
  /** The word as pasted, when it is a garbled form of the translation's spelling. */
  readonly garbled?: string;
}

const TRANSLATION_INDEX: ReadonlyMap<string, TranslatedSpelling> = translationIndex();

function translationIndex(): Map<string, TranslatedSpelling> {
  const index = new Map<string, TranslatedSpelling>();
  for (const translation of STATE_TRANSLATIONS) {
    index.set(translation.spelling, { translation });
  }
  for (const translation of STATE_TRANSLATIONS) {
    if (translation.tool !== 'windows') {
      continue;
    }
    for (const garbled of cp850Misreadings(translation.spelling)) {
      if (!index.has(garbled)) {
        index.set(garbled, { translation, garbled });
      }
    }
  }
  return index;
}

/** The translated state word `word` is (exactly as printed: translations are upper case), or undefined. */
export function lookupTranslatedState(word: string): TranslatedSpelling | undefined {
  return TRANSLATION_INDEX.get(word);
}

/** Translated spellings of several words (`POSLEDNÍ ACK`): a row reader that found the first word looks for the rest. */
export const MULTI_WORD_TRANSLATIONS: readonly string[] = STATE_TRANSLATIONS.map((translation) => translation.spelling).filter((spelling) => spelling.includes(' '));

export function canonicalState(word: string): TcpState | undefined {
  return lookupStateSpelling(word)?.state ?? TRANSLATION_INDEX.get(word)?.translation.state;
}
