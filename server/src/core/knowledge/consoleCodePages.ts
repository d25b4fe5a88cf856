/**
 * Why a pasted Windows state word can arrive garbled: `netstat > file.txt` writes the console's OEM
 * code page (CP850 on German, French and Spanish Windows), and an editor that opens the file as
 * Windows-1252, Latin-1 or UTF-8 shows other characters for its non-ASCII bytes: ABHÖREN becomes
 * ABH™REN, ABH\u0099REN or ABH\uFFFDREN. The tables are the code pages' definitions (byte 0x80 up);
 * test/unit/translatedStates.test.ts checks them against iconv-lite's.
 */

/** CP850, bytes 0x80–0xFF. */
const CP850_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒáíóúñÑªº¿®¬½¼¡«»░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ðÐÊËÈıÍÎÏ┘┌█▄¦Ì▀ÓßÔÒõÕµþÞÚÛÙýÝ¯´\u00AD±‗¾¶§÷¸°¨·¹³²■\u00A0';

/** Windows-1252, bytes 0x80–0x9F (the rest is Latin-1); the five unassigned bytes read as their Latin-1 control character, as Windows and browsers read them. */
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

const CP850_BYTE: ReadonlyMap<string, number> = new Map([...CP850_HIGH].map((character, offset) => [character, 0x80 + offset]));

/** How a byte of 0x80 or above reads in each wrong encoding. */
const MISREADINGS: readonly ((byte: number) => string)[] = [
  (byte) => (byte < 0xa0 ? CP1252_C1[byte - 0x80] : String.fromCharCode(byte)),
  (byte) => String.fromCharCode(byte),
  // UTF-8 takes a lone high byte for a broken sequence and shows the replacement character.
  () => '\uFFFD',
];

/**
 * The garbled forms of `word` written in CP850 and read as Windows-1252, Latin-1 or UTF-8; none when
 * the word is ASCII (nothing to garble) or has a character CP850 cannot write.
 */
export function cp850Misreadings(word: string): string[] {
  const bytes: number[] = [];
  for (const character of word) {
    const code = character.charCodeAt(0);
    const byte = code < 0x80 ? code : CP850_BYTE.get(character);
    if (byte === undefined) {
      return [];
    }
    bytes.push(byte);
  }
  if (bytes.every((byte) => byte < 0x80)) {
    return [];
  }
  return MISREADINGS.map((misread) => bytes.map((byte) => (byte < 0x80 ? String.fromCharCode(byte) : misread(byte))).join(''));
}
