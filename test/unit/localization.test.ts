import { deepStrictEqual, ok } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const readJson = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));

/** `%key%` placeholders anywhere in package.json. */
function manifestKeys(value: unknown, keys = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const match = /^%(.+)%$/.exec(value);
    if (match) {
      keys.add(match[1]);
    }
  } else if (Array.isArray(value)) {
    value.forEach((item) => manifestKeys(item, keys));
  } else if (value && typeof value === 'object') {
    Object.values(value).forEach((item) => manifestKeys(item, keys));
  }
  return keys;
}

/** The first argument of every vscode.l10n.t('…') and words.t('…') (the panel's) call in the client. */
function clientMessages(): Set<string> {
  const messages = new Set<string>();
  const directory = join(ROOT, 'client', 'src');
  for (const file of readdirSync(directory, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'))) {
    const source = readFileSync(join(directory, file), 'utf8');
    for (const match of source.matchAll(/(?:l10n|words)\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) {
      messages.add(match[1].replace(/\\'/g, "'"));
    }
  }
  return messages;
}

describe('localization', () => {
  it('translates every %key% of package.json in English and Chinese, and nothing else', () => {
    const keys = [...manifestKeys(readJson('package.json'))].sort();
    deepStrictEqual(Object.keys(readJson('package.nls.json')).sort(), keys);
    deepStrictEqual(Object.keys(readJson('package.nls.zh-cn.json')).sort(), keys);
  });

  it('has a Chinese translation for every client message', () => {
    const bundle = readJson('l10n/bundle.l10n.zh-cn.json') as Record<string, string>;
    const messages = clientMessages();
    ok(messages.size > 20, `found ${messages.size} messages`);
    const missing = [...messages].filter((message) => !(message in bundle));
    deepStrictEqual(missing, []);
    const unused = Object.keys(bundle).filter((message) => !messages.has(message));
    deepStrictEqual(unused, []);
  });

  it('writes the Chinese manifest texts in Chinese', () => {
    const zh = readJson('package.nls.zh-cn.json') as Record<string, string>;
    for (const [key, text] of Object.entries(zh)) {
      if (key === 'extension.displayName' || key === 'configuration.title' || key === 'command.category') {
        continue;
      }
      ok(/[\u4e00-\u9fff]/.test(text), `${key} is not Chinese: ${text}`);
    }
  });
});
