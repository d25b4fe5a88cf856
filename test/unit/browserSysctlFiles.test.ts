import { deepStrictEqual } from 'node:assert';
import type { Connection } from 'vscode-languageserver';
import { ClientSysctlFiles } from '../../server/src/browser/clientSysctlFiles';
import { FindSysctlFilesRequest, ReadWorkspaceFileRequest } from '../../server/src/protocol';
import { MAX_FILES, walkReaches } from '../../server/src/sysctlFileBounds';
import { SysctlFileStore } from '../../server/src/sysctlFileStore';

/** A connection standing for the browser client: it answers the two file requests from `files`. */
function clientWith(files: Map<string, string>, listed: readonly unknown[] = [...files.keys()]): { connection: Connection; asked: string[] } {
  const asked: string[] = [];
  const connection = {
    sendRequest: async (type: { method: string }, params: { uri?: string }) => {
      asked.push(type.method === ReadWorkspaceFileRequest.method ? `read ${params.uri}` : type.method);
      return type.method === FindSysctlFilesRequest.method ? listed : (files.get(params.uri ?? '') ?? null);
    },
  } as unknown as Connection;
  return { connection, asked };
}

describe('sysctl files of the workspace in the browser build (read through the client)', () => {
  const folder = 'vscode-vfs://github/acme/infra';

  it('reaches the files the desktop walk reaches, and no others', () => {
    deepStrictEqual(
      [
        ['etc', 'sysctl.conf'],
        ['etc', 'sysctl.d', '90-net.conf'],
        ['tuning.sysctl'],
        ['etc', 'nginx', 'nginx.conf'],
        ['node_modules', 'x.sysctl'],
        ['..', 'x.sysctl'],
        ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'deep.sysctl'],
      ].map((segments) => walkReaches('infra', segments)),
      [true, true, true, false, false, false, false],
    );
    deepStrictEqual([walkReaches('sysctl.d', ['50-top.conf']), walkReaches('etc', ['50-top.conf'])], [true, false]);
  });

  it('reads what the client lists, keeps to the folders and the file limit, and refreshes only reachable files', async () => {
    const files = new Map([
      [`${folder}/etc/sysctl.d/90-net.conf`, 'net.core.somaxconn = 4096\n'],
      [`${folder}/etc/sysctl.conf`, 'net.core.somaxconn = 1024\nvm.swappiness = 10\n'],
      ['vscode-vfs://github/acme/other/x.sysctl', 'vm.swappiness = 99\n'],
    ]);
    const { connection, asked } = clientWith(files);
    const store = new SysctlFileStore(new ClientSysctlFiles(connection));
    await store.scan([folder]);
    const values = store.context([]).sysctlValues;
    // /etc/sysctl.conf is applied after sysctl.d, so its line wins.
    deepStrictEqual([values.get('net.core.somaxconn')?.value, values.get('vm.swappiness')?.value], ['1024', '10']);
    // The file outside the folder was listed by a misbehaving client, and never read.
    deepStrictEqual(asked.filter((entry) => entry.includes('/other/')), []);

    asked.length = 0;
    files.set(`${folder}/etc/sysctl.conf`, 'vm.swappiness = 20\n');
    await store.refresh(`${folder}/etc/sysctl.conf`);
    await store.refresh(`${folder}/node_modules/dep.sysctl`);
    await store.refresh('vscode-vfs://github/acme/other/x.sysctl');
    deepStrictEqual(asked, [`read ${folder}/etc/sysctl.conf`]);
    deepStrictEqual(store.context([]).sysctlValues.get('vm.swappiness')?.value, '20');
  });

  it('reads at most MAX_FILES of a list, and ignores a list that is not one', async () => {
    const many = new Map(Array.from({ length: MAX_FILES + 50 }, (_, index) => [`${folder}/f${index}.sysctl`, `net.core.somaxconn = ${index}\n`]));
    const { connection, asked } = clientWith(many);
    await new SysctlFileStore(new ClientSysctlFiles(connection)).scan([folder]);
    deepStrictEqual(asked.filter((entry) => entry.startsWith('read ')).length, MAX_FILES);

    const odd = clientWith(new Map(), 'not a list' as unknown as unknown[]);
    const store = new SysctlFileStore(new ClientSysctlFiles(odd.connection));
    await store.scan([folder]);
    deepStrictEqual(store.context([]).sysctlFiles, []);
  });
});
