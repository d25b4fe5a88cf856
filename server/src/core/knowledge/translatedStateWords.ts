import type { Localized } from '../i18n/localized';
import type { TcpState } from '../model/tcpState';

/**
 * State words netstat prints in other languages, each with where we read it. Linux net-tools
 * translates its state column through gettext when LANG/LANGUAGE name a language it has a catalog
 * for; Windows netstat prints the words of the console's display language. Only words we could read
 * in a public source are listed: a word missing here is still read as LISTEN when its row has a
 * wildcard peer (see parsers/inferredState.ts), and the hover says so.
 */

/** Which tool printed the word. */
export type TranslatingTool = 'net-tools' | 'windows';

/** Where a word was read: the translation catalog or the captured output that shows it. */
export type TranslationSource =
  | 'net-tools-2.10'
  | 'net-tools-master'
  | 'checkmk-win-netstat'
  | 'systeminformation-network';

export interface StateTranslation {
  /** As the tool prints it. */
  readonly spelling: string;
  readonly state: TcpState;
  readonly tool: TranslatingTool;
  /** BCP 47 tag of the language. */
  readonly language: string;
  readonly source: TranslationSource;
}

/**
 * net-tools 2.10 (the release Debian 12 and Ubuntu 22.04+ ship; Debian's package installs the cs, de,
 * et, fr, ja and pt_BR catalogs) takes the state column from netstat.c's tcp_state[] through gettext.
 * Read from po/cs.po, po/de.po and po/pt_BR.po at tag v2.10 of github.com/ecki/net-tools; et, fr and ja
 * keep the English words. net-tools' master branch (commit 2ab3c5e, 2025, not yet released) adds ca and
 * sv catalogs that translate them too.
 */
const NET_TOOLS_TRANSLATIONS: readonly StateTranslation[] = [
  ...translations('net-tools', 'cs', 'net-tools-2.10', [
    ['SPOJENO', 'ESTABLISHED'],
    ['ZAVŘEN', 'CLOSED'],
    ['POSLEDNÍ ACK', 'LAST_ACK'],
    ['NASLOUCHÁ', 'LISTEN'],
    ['ZAVÍRÁ', 'CLOSING'],
  ]),
  ...translations('net-tools', 'de', 'net-tools-2.10', [['VERBUNDEN', 'ESTABLISHED']]),
  ...translations('net-tools', 'pt-BR', 'net-tools-2.10', [
    ['ESTABELECIDA', 'ESTABLISHED'],
    ['SYN_ENVIADO', 'SYN_SENT'],
    ['SYN_RECEBIDO', 'SYN_RECV'],
    ['ESPERA_FIN1', 'FIN_WAIT1'],
    ['ESPERA_FIN2', 'FIN_WAIT2'],
    ['FECHAR', 'CLOSED'],
    ['ESPERANDO_FECHAR', 'CLOSE_WAIT'],
    ['ÚLTIMO_ACK', 'LAST_ACK'],
    ['OUÇA', 'LISTEN'],
    ['FECHANDO', 'CLOSING'],
  ]),
  ...translations('net-tools', 'ca', 'net-tools-master', [
    ['ESTABLERT', 'ESTABLISHED'],
    ['SYNSENT', 'SYN_SENT'],
    ['SYNRECV', 'SYN_RECV'],
    ['FINWAIT1', 'FIN_WAIT1'],
    ['FINWAIT2', 'FIN_WAIT2'],
    ['TEMPS', 'TIME_WAIT'],
    ['TANCA', 'CLOSED'],
    ['CLOSEWAIT', 'CLOSE_WAIT'],
    ['LASTACK', 'LAST_ACK'],
    ['ESCOLTA', 'LISTEN'],
    ['TANCAMENT', 'CLOSING'],
  ]),
  ...translations('net-tools', 'sv', 'net-tools-master', [
    ['ETABLERAD', 'ESTABLISHED'],
    ['STÄNG', 'CLOSED'],
    ['STÄNG_VÄNTA', 'CLOSE_WAIT'],
    ['LYSSNAR', 'LISTEN'],
    ['STÄNGER', 'CLOSING'],
  ]),
];

/**
 * German Windows: Checkmk's win_netstat check (github.com/Checkmk/checkmk, checks/win_netstat) quotes a
 * German Windows XP `netstat -an` and maps ABHÖREN (kept there as the CP850 byte 0x99 for Ö), HERGESTELLT,
 * WARTEND and SCHLIESSEN_WARTEN; systeminformation (github.com/sebhildebrandt/systeminformation,
 * lib/network.js) reads SYN_GESENDET as well.
 */
const WINDOWS_TRANSLATIONS: readonly StateTranslation[] = [
  ...translations('windows', 'de', 'checkmk-win-netstat', [
    ['ABHÖREN', 'LISTEN'],
    ['HERGESTELLT', 'ESTABLISHED'],
    ['WARTEND', 'TIME_WAIT'],
    ['SCHLIESSEN_WARTEN', 'CLOSE_WAIT'],
  ]),
  ...translations('windows', 'de', 'systeminformation-network', [['SYN_GESENDET', 'SYN_SENT']]),
];

export const STATE_TRANSLATIONS: readonly StateTranslation[] = [...NET_TOOLS_TRANSLATIONS, ...WINDOWS_TRANSLATIONS];

function translations(tool: TranslatingTool, language: string, source: TranslationSource, words: readonly (readonly [string, TcpState])[]): StateTranslation[] {
  return words.map(([spelling, state]) => ({ spelling, state, tool, language, source }));
}

/** The languages of STATE_TRANSLATIONS, named for the hover. */
export const TRANSLATION_LANGUAGES: ReadonlyMap<string, Localized> = new Map([
  ['cs', { en: 'Czech', zh: '捷克语' }],
  ['de', { en: 'German', zh: '德语' }],
  ['pt-BR', { en: 'Brazilian Portuguese', zh: '巴西葡萄牙语' }],
  ['ca', { en: 'Catalan', zh: '加泰罗尼亚语' }],
  ['sv', { en: 'Swedish', zh: '瑞典语' }],
]);

/** Where each word was read, as the hover cites it. */
export const TRANSLATION_SOURCE_NAMES: Readonly<Record<TranslationSource, Localized>> = {
  'net-tools-2.10': { en: 'the net-tools 2.10 translation catalog (Debian 12)', zh: 'net-tools 2.10 的翻译目录（Debian 12 所带版本）' },
  'net-tools-master': { en: 'the net-tools translation catalogs after 2.10 (not yet in a release)', zh: 'net-tools 2.10 之后新增的翻译目录（尚未正式发布）' },
  'checkmk-win-netstat': { en: 'German Windows output quoted by Checkmk\'s win_netstat check', zh: 'Checkmk win_netstat 检查中引用的德文 Windows 输出' },
  'systeminformation-network': { en: 'German Windows words read by the systeminformation library', zh: 'systeminformation 库识别的德文 Windows 状态词' },
};

/**
 * Titles and column headers net-tools translates (same catalogs as the states), so that a translated
 * paste is still read as a table. German and the others not listed keep the English header line.
 */
export const NET_TOOLS_TRANSLATED_TITLES: readonly string[] = [
  'Aktivní Internetová spojení',
  'Aktive Internetverbindungen',
  'Aktiivsed internetiühendused',
  'Connexions Internet actives',
  'Conexões Internet Ativas',
  '稼働中のインターネット接続',
  "Connexions actives d'Internet",
  'Aktiva internetanslutningar',
];

/** The first four words of each translated header line (`Proto Recv-Q Send-Q Local …`), blanks squeezed. */
export const NET_TOOLS_TRANSLATED_HEADERS: readonly string[] = [
  'Proto Přích-F Odch-F Místní',
  'Proto VvJrk SaatJrk Kohalik',
  'Proto Recv-Q Send-Q Adresse',
  'Proto Recv-Q Send-Q Endereço',
  'Proto 受信-Q 送信-Q 内部アドレス',
  'Proto Recv-Q Send-Q Adreça',
  'Proto Recv-Q Send-Q Lokal',
];

/** The translated `User Inode` heading of `netstat -e`: its words tell the table has those columns. */
export const NET_TOOLS_TRANSLATED_USER_HEADINGS: readonly string[] = ['Benutzer', 'Uživatel', 'Utilisatr', 'Kasutaja', 'Usuário', 'ユーザ', 'Användare'];

/** German Windows' title and header (Checkmk's win_netstat quotes both). */
export const WINDOWS_TRANSLATED_TITLES: readonly string[] = ['Aktive Verbindungen'];
export const WINDOWS_TRANSLATED_HEADERS: readonly string[] = ['Proto Lokale Adresse Remoteadresse'];

/**
 * Column names the translations print, each with the English name whose notes apply (knowledge/columns.ts):
 * the net-tools header line and `netstat -e`/`-o` headings of the catalogs above (ja as Debian 12's
 * net-tools 2.10 prints it), and German Windows' header.
 */
export const TRANSLATED_COLUMN_NAMES: ReadonlyMap<string, string> = new Map([
  ...(['Přích-F', 'VvJrk', '受信-Q'] as const).map((name) => [name, 'Recv-Q'] as const),
  ...(['Odch-F', 'SaatJrk', '送信-Q'] as const).map((name) => [name, 'Send-Q'] as const),
  ...(['Místní Adresa', 'Kohalik aadress', 'Adresse locale', 'Endereço Local', '内部アドレス', 'Lokal adress', 'Adreça local', 'Lokale Adresse'] as const).map((name) => [name, 'Local Address'] as const),
  ...(['Vzdálená Adresa', 'Väline aadress', 'Adresse distante', 'Endereço Remoto', '外部アドレス', 'Motpartsadress', 'Adreça exterior', 'Remoteadresse'] as const).map((name) => [name, 'Foreign Address'] as const),
  ...(['Stav', 'Olek', 'Etat', 'Estado', '状態', 'Tillstånd', 'Estat', 'Status'] as const).map((name) => [name, 'State'] as const),
  ...NET_TOOLS_TRANSLATED_USER_HEADINGS.map((name) => [name, 'User'] as const),
  ...(['I-uzel', 'I-kirje', 'Iノード'] as const).map((name) => [name, 'Inode'] as const),
  ...(['Časovač', 'Taimer', 'Temporizador', 'タイマ', 'Temporitzador'] as const).map((name) => [name, 'Timer'] as const),
]);
