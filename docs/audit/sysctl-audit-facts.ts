// Prints the population of the random sysctl audit as JSON: one [key, kind, value] per fact.
// Run from the repository root: npx tsx docs/audit/sysctl-audit-facts.ts
// Ranges and units are left out: test/unit/sysctlHandlerRanges.test.ts checks every one against its handler.
import { SYSCTL_KEY_DOCS } from '../../server/src/core/knowledge/sysctl/index';

/** Keys whose full hover carries a container note: per-namespace keys, every net.* key and the IPC keys. */
const hasContainerNote = (key: string, perNamespace: boolean): boolean =>
  perNamespace || key.startsWith('net.') || /^(kernel\.(shm|msg|sem)|fs\.mqueue\.)/.test(key);

const facts: string[][] = [];
for (const doc of SYSCTL_KEY_DOCS) {
  facts.push([doc.key, 'default', String(doc.default)]);
  if (doc.since) facts.push([doc.key, 'since', doc.since]);
  if (doc.removedIn) facts.push([doc.key, 'removedIn', doc.removedIn]);
  for (const change of doc.defaultChanges ?? []) facts.push([doc.key, `defaultChange ${change.version}`, `${change.from} -> ${change.to}`]);
  facts.push([doc.key, 'perNamespace', String(doc.perNamespace)]);
  if (doc.unlisted) facts.push([doc.key, 'unlisted', doc.unlisted]);
  facts.push([doc.key, 'summary', doc.summary.en]);
  if (doc.related.length) facts.push([doc.key, 'related', doc.related.join(', ')]);
  if (hasContainerNote(doc.key, doc.perNamespace)) facts.push([doc.key, 'container', '']);
}
process.stdout.write(JSON.stringify(facts));
