import packageJson from '../../../package.json';
import { type FileReport, SCHEMA_VERSION } from '../report';

/** The envelope of `--format json`: every file's report plus what the run was asked (docs/cli.md). */
export function jsonDocument(command: 'summary' | 'check', language: string, files: readonly FileReport[], extra: Readonly<Record<string, unknown>> = {}): string {
  return `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, tool: { name: 'netstat-insight', version: packageJson.version }, command, language, ...extra, files }, null, 2)}\n`;
}

/** One line of `--format ndjson`: a file's report, self-describing so lines of many runs can be loaded together. */
export function ndjsonLine(report: FileReport): string {
  return `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, ...report })}\n`;
}
