import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
  activationEvents: string[];
  capabilities: { untrustedWorkspaces: { supported: boolean | string; description?: string }; virtualWorkspaces: { supported: boolean | string; description?: string } };
  contributes: { languages: { id: string }[] };
};

describe('manifest', () => {
  it('activates on each of its languages, on plain text for paste detection, and never on start-up', () => {
    const events = manifest.activationEvents;
    for (const { id } of manifest.contributes.languages) {
      ok(events.includes(`onLanguage:${id}`), `onLanguage:${id} is missing: an installed VSIX was seen not to activate without it`);
    }
    ok(events.includes('onLanguage:plaintext'), 'paste detection needs onLanguage:plaintext');
    deepStrictEqual(events.filter((event) => event === '*' || event === 'onStartupFinished'), []);
  });

  it('states what it does in Restricted Mode and in virtual workspaces', () => {
    // Limited: the commands that run this machine's tools refuse in Restricted Mode; reading works everywhere.
    strictEqual(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    strictEqual(manifest.capabilities.untrustedWorkspaces.description, '%capabilities.untrustedWorkspaces%');
    strictEqual(manifest.capabilities.virtualWorkspaces.supported, 'limited');
    strictEqual(manifest.capabilities.virtualWorkspaces.description, '%capabilities.virtualWorkspaces%');
  });
});
