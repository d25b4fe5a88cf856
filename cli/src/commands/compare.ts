import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import packageJson from '../../../package.json';
import { languageOfFile } from '../../../server/src/core/documentKind';
import type { ComparedDocument } from '../../../server/src/core/features/compare';
import { createLanguageService, type InsightLanguageService } from '../../../server/src/core/languageService';
import { settingsFrom } from '../../../server/src/core/settings';
import type { CompareInput, Invocation } from '../args';
import { compareText } from '../formats/compareText';
import { type CliLanguage, say } from '../language';
import { readInputFile, readStandardInput } from '../readInput';
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
  const texts = new Map<string, Promise<string | undefined>>();
  const textOf = (input: CompareInput) => {
    let text = texts.get(input.path);
    if (text === undefined) {
      text = read(input.path, language);
      texts.set(input.path, text);
    }
    return text;
  };
  const sides: (ComparedDocument & { readonly input: CompareInput; readonly languageId: string })[] = [];
  for (const input of [invocation.base, invocation.other]) {
    const text = await textOf(input);
    if (text === undefined) {
      return 2;
    }
    sides.push({ input, startLine: input.startLine, ...parsed(service, input.path, text) });
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

async function read(inputPath: string, language: CliLanguage): Promise<string | undefined> {
  const result = inputPath === '-' ? await readStandardInput() : await readInputFile(inputPath);
  if ('error' in result) {
    warn(say(result.error.message, language, result.error.values));
    return undefined;
  }
  return result.text;
}

/** The input parsed as the editor would open it: its kind decided by its name and content. */
function parsed(service: InsightLanguageService, inputPath: string, text: string) {
  const languageId = languageOfFile(inputPath === '-' ? '' : inputPath, text) ?? 'plaintext';
  const uri = inputPath === '-' ? 'untitled:stdin' : pathToFileURL(path.resolve(inputPath)).href;
  return { languageId, parsed: service.parse({ uri, version: 1, languageId, getText: () => text }) };
}
