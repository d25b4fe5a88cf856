import { createLanguageService, NETSTAT_LANGUAGE, SYSCTL_LANGUAGE } from '../../../server/src/core/languageService';
import { DEFAULT_SETTINGS } from '../../../server/src/core/settings';
import type { Invocation } from '../args';
import { type CliLanguage, say } from '../language';
import { warn } from '../run';
import { MESSAGES } from '../texts';

/**
 * `netstat-insight explain STATE|KEY`: the editor's full hover on that word, as Markdown. A sysctl
 * key is hovered on a one-line sysctl document, a state on a one-line dump, so the answer is the
 * editor's own. Exit 0, or 2 when the topic is neither.
 */
export function runExplain(invocation: Extract<Invocation, { kind: 'explain' }>, language: CliLanguage): number {
  const topic = invocation.topics[0].trim();
  const service = createLanguageService();
  const settings = { ...DEFAULT_SETTINGS, language, hoverDetail: 'full' as const };
  const hoverOn = (languageId: string, line: string): string | undefined => {
    const document = { uri: 'untitled:explain', version: 1, languageId, getText: () => line };
    const hover = service.doHover(document, { line: 0, character: 0 }, service.parse(document), settings);
    const contents = hover?.contents;
    return typeof contents === 'object' && contents !== null && 'value' in contents ? contents.value : undefined;
  };
  // One word only: a line break or a space would let the topic become a document of its own.
  const key = /^\S+$/.test(topic) ? service.describeKey(topic) : null;
  const explanation = !/^\S+$/.test(topic) ? undefined : key !== null ? hoverOn(SYSCTL_LANGUAGE, `${key.key} = `) : hoverOn(NETSTAT_LANGUAGE, topic.toUpperCase());
  if (explanation === undefined) {
    warn(say(MESSAGES.unknownTopic, language, { topic }));
    return 2;
  }
  process.stdout.write(`${explanation}\n`);
  return 0;
}
