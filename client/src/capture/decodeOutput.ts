/**
 * Windows console code pages the WHATWG decoders know, by number (as `chcp` prints it). A Chinese
 * Windows prints netstat's headings (活动连接, 协议, 本地地址) in code page 936.
 */
const CODE_PAGE_ENCODINGS: ReadonlyMap<number, string> = new Map([
  [936, 'gb18030'],
  [54936, 'gb18030'],
  [950, 'big5'],
  [932, 'shift_jis'],
  [949, 'euc-kr'],
  [866, 'ibm866'],
  [1250, 'windows-1250'],
  [1251, 'windows-1251'],
  [1252, 'windows-1252'],
]);

/**
 * The text of a tool's output: UTF-8 when the bytes are valid UTF-8 (Linux and macOS under any UTF-8
 * locale, and the C locale's ASCII), else the console code page, else Windows-1252 so that every
 * byte still becomes one character and the rest of a line stays readable.
 */
export function decodeOutput(bytes: Uint8Array, codePage?: number): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const encoding = (codePage !== undefined && CODE_PAGE_ENCODINGS.get(codePage)) || 'windows-1252';
    return new TextDecoder(encoding).decode(bytes);
  }
}

/** The number in `chcp`'s answer ("Active code page: 936", "活动代码页: 936"), or undefined. */
export function codePageOf(chcpOutput: string): number | undefined {
  const match = /(\d{3,5})\s*$/.exec(chcpOutput.trim().slice(-40));
  return match ? Number(match[1]) : undefined;
}
