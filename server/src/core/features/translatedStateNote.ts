import { format, type Localized } from '../i18n/localized';
import { TRANSLATION_LANGUAGES, TRANSLATION_SOURCE_NAMES } from '../knowledge/translatedStateWords';
import type { TranslatedSpelling } from '../model/tcpState';
import type { StateToken } from './dumpTokens';
import { documentCode } from './hoverMarkdown';

const TOOL_NAMES = {
  'net-tools': { en: 'Linux netstat (net-tools)', zh: 'Linux 的 net-tools netstat' },
  windows: { en: 'Windows netstat', zh: 'Windows netstat' },
} satisfies Record<string, Localized>;

/**
 * What a state hover says first about a word that is not English: which state, language and tool it
 * is (and that it arrived garbled), or that an unknown word was read as LISTEN from the row's shape.
 */
export function stateWordNote(token: StateToken): Localized | undefined {
  if (token.translation) {
    return translationNote(token.translation, token.text);
  }
  if (token.inferredFromPeer !== undefined) {
    return format(
      {
        en: '{word} is not a state word we know (netstat may print another language). Its row\'s peer is the wildcard {peer}, which only a listening socket has, so the row is counted as LISTEN.',
        zh: '{word} 不是已知的状态词（netstat 可能以其他语言输出）。这一行的对端地址是通配地址 {peer}，只有监听 socket 才会这样，因此按 LISTEN 统计。',
      },
      { word: documentCode(token.text), peer: documentCode(token.inferredFromPeer) },
    );
  }
  return undefined;
}

function translationNote({ translation, garbled }: TranslatedSpelling, printed: string): Localized {
  const language = TRANSLATION_LANGUAGES.get(translation.language) ?? { en: translation.language, zh: translation.language };
  const text: Localized = {
    en: '{word} is {state} as {tool} prints it in {language} (source: {source}).',
    zh: '{word} 是 {tool} 在{language}环境下对 {state} 的写法（来源：{source}）。',
  };
  const garbledText: Localized = {
    en: ' The word arrived garbled: it is {spelling} written in the console\'s code page (CP850) and opened as another encoding.',
    zh: '这个词在粘贴过程中出现了乱码：它是按控制台代码页（CP850）写出的 {spelling}，又被按其他编码打开。',
  };
  const of = (lang: keyof Localized): string =>
    format(garbled === undefined ? text : { en: text.en + garbledText.en, zh: text.zh + garbledText.zh }, {
      word: documentCode(printed),
      spelling: documentCode(translation.spelling),
      state: translation.state,
      tool: TOOL_NAMES[translation.tool][lang],
      language: language[lang],
      source: TRANSLATION_SOURCE_NAMES[translation.source][lang],
    })[lang];
  return { en: of('en'), zh: of('zh') };
}
