import packageJson from '../../../package.json';
import type { ComparedDocument } from '../../../server/src/core/features/compare';
import { createLanguageService } from '../../../server/src/core/languageService';
import { settingsFrom } from '../../../server/src/core/settings';
import type { CompareInput, Invocation } from '../args';
import { compareText } from '../formats/compareText';
import { type CliLanguage, say } from '../language';
import { type InputDocument, readInputDocument } from '../readInput';
import { SCHEMA_VERSION } from '../report';
import { warn } from '../run';
import { styleFor } from '../terminal';

/**
 * `netstat-insight compare BASE OTHER`: the `netstatInsight/compare` answer for two files, the same
 * file read once when both sides are outputs of one paste. Exit 0, or 2 when an input cannot be read
 * or the two cannot be compared.
 */
export async function runCompare(invocation: Extract<Invocation, { kind: 'compare' }>, language: CliLanguage): Promise<number> {
  const service = createLanguageService();
  // One paste compared with itself (two of its outputs) is read and parsed once.
  const opened = new Map<string, Promise<Omit<ComparedDocument, 'startLine'> & { readonly languageId: string } | undefined>>();
  const open = (inputPath: string) => {
    let document = opened.get(inputPath);
    if (document === undefined) {
      document = read(inputPath, language).then((input) => {
        if (input === undefined) {
          return undefined;
        }
        const languageId = input.languageId ?? 'plaintext';
        return { languageId, parsed: service.parse({ uri: input.uri, version: 1, languageId, getText: () => input.text }) };
      });
      opened.set(inputPath, document);
    }
    return document;
  };
  const sides: (ComparedDocument & { readonly input: CompareInput; readonly languageId: string })[] = [];
  for (const input of [invocation.base, invocation.other]) {
    const document = await open(input.path);
    if (document === undefined) {
      return 2;
    }
    sides.push({ input, startLine: input.startLine, ...document });
  }
  const [base, other] = sides;
  const result = service.compare(base, other, settingsFrom({}, language));
  if (result.kind === 'not-comparable') {
    warn(say(result.reason, language));
    return 2;
  }
  if (invocation.format === 'json') {
    const describe = (side: (typeof sides)[number]) => ({ path: side.input.path, languageId: side.languageId, ...(side.input.startLine !== undefined ? { startLine: side.input.startLine } : {}) });
    const document = { schemaVersion: SCHEMA_VERSION, tool: { name: 'netstat-insight', version: packageJson.version }, command: 'compare', language, base: describe(base), other: describe(other), comparison: result };
    process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
  } else {
    process.stdout.write(compareText(result, base.input.path, other.input.path, language, styleFor(process.stdout, process.env)));
  }
  return 0;
}

async function read(inputPath: string, language: CliLanguage): Promise<InputDocument | undefined> {
  const result = await readInputDocument(inputPath);
  if ('error' in result) {
    warn(say(result.error.message, language, result.error.values));
    return undefined;
  }
  return result;
}
