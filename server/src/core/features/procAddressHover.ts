import type { Hover } from 'vscode-languageserver-types';
import { formatEndpoint } from '../analysis/connectionSide';
import { type DisplayLanguage, format } from '../i18n/localized';
import type { EndpointToken } from './dumpTokens';
import { bilingual, documentCode, documentText, markdownHover, pick } from './hoverMarkdown';

const TEXTS = {
  local: { en: 'local address', zh: '本地地址' },
  remote: { en: 'remote address', zh: '远端地址' },
  decoded: {
    en: '{hex} is the {side} **{endpoint}**. /proc prints the address as the kernel stores it: IPv4 as one 32-bit word in host byte order (little-endian on x86 and ARM, so the bytes read backwards), IPv6 as four such words; the port is plain big-endian hex.',
    zh: '{hex} 即{side} **{endpoint}**。/proc 按内核内部的存储形式打印地址：IPv4 是一个主机字节序的 32 位字（x86、ARM 上为小端，所以字节顺序是反的），IPv6 是四个这样的字；端口是普通的大端十六进制。',
  },
  anyPeer: {
    en: ' An all-zero peer with port 0 means there is none: a listening or unconnected socket.',
    zh: '对端地址全为 0、端口为 0 表示没有对端：监听中或未连接的 socket。',
  },
};

/** Hover over a hex address of a /proc/net/tcp or udp row: the address and port it stands for. */
export function procAddressHover(token: EndpointToken, language: DisplayLanguage): Hover {
  const { endpoint } = token;
  const shown = formatEndpoint(endpoint.address, endpoint.port);
  const value = bilingual(language, (lang) => {
    const values = { hex: documentCode(token.text), side: pick(TEXTS[token.side], lang), endpoint: documentText(shown) };
    return pick(format(TEXTS.decoded, values), lang) + (endpoint.port === '*' ? pick(TEXTS.anyPeer, lang) : '');
  });
  return markdownHover(value, token.line, token.start, token.end);
}
