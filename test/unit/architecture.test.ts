import { deepStrictEqual } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DUMP_FORMATS } from '../../server/src/core/parsers/formats/index';

const ROOT = join(__dirname, '..', '..');
const CORE = join(ROOT, 'server', 'src', 'core');

/** Modules the pure core may not import: the editor API and anything that owns an LSP connection. */
const FORBIDDEN = /^(?:vscode|vscode-languageserver(?:\/.*)?|vscode-languageclient(?:\/.*)?|vscode-jsonrpc(?:\/.*)?)$/;

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(directory, entry.name)) : entry.name.endsWith('.ts') ? [join(directory, entry.name)] : [],
  );
}

describe('architecture', () => {
  it('keeps the core pure: no vscode, no LSP connection, only LSP types', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(CORE)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)) {
        if (FORBIDDEN.test(match[1])) {
          offenders.push(`${relative(ROOT, file)} imports ${match[1]}`);
        }
      }
    }
    deepStrictEqual(offenders, []);
  });

  it('keeps format names out of what reads every format: the dump driver, language detection and column hovers ask the registry', () => {
    const generic = ['parsers/socketDump.ts', 'parsers/detectLanguage.ts', 'features/tokens/headerTokens.ts'];
    const named = generic.flatMap((file) => {
      const text = readFileSync(join(CORE, file), 'utf8');
      return DUMP_FORMATS.filter((format) => text.includes(`'${format.id}'`)).map((format) => `${file} names ${format.id}`);
    });
    deepStrictEqual(named, []);
  });

  it('registers each format once, each with a name in both languages', () => {
    const ids = DUMP_FORMATS.map((format) => format.id);
    deepStrictEqual(new Set(ids).size, ids.length);
    deepStrictEqual(
      DUMP_FORMATS.filter((format) => !format.name.en || !format.name.zh).map((format) => format.id),
      [],
    );
  });
});
