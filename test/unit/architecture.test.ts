import { deepStrictEqual } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

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
});
