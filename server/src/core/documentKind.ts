import { NETSTAT_LANGUAGE, SYSCTL_LANGUAGE } from './languageService';
import { DETECTION_LINE_LIMIT, detectLanguage } from './parsers/detectLanguage';

/**
 * The language a file is read as, decided the way the editor decides it: by its name first (the
 * manifest's extensions, file names and `sysctl.d/*.conf` pattern), then by its first lines (the
 * detection used for pasted text). Undefined when it is neither a socket dump nor sysctl settings.
 * `filePath` may use `/` or `\`; only its last two segments matter.
 */
export function languageOfFile(filePath: string, text: string): typeof NETSTAT_LANGUAGE | typeof SYSCTL_LANGUAGE | undefined {
  const segments = filePath.split(/[\\/]/);
  const name = segments[segments.length - 1] ?? '';
  const directory = segments.length > 1 ? segments[segments.length - 2] : '';
  if (name.endsWith('.netstat') || name.endsWith('.ss')) {
    return NETSTAT_LANGUAGE;
  }
  if (name === 'sysctl.conf' || name.endsWith('.sysctl') || (directory === 'sysctl.d' && name.endsWith('.conf'))) {
    return SYSCTL_LANGUAGE;
  }
  return detectLanguage(firstLinesOf(text));
}

/** Detection reads only its first lines: hand it no more, so a 100 MB dump costs nothing here. */
function firstLinesOf(text: string): string {
  let end = -1;
  for (let line = 0; line < DETECTION_LINE_LIMIT; line++) {
    end = text.indexOf('\n', end + 1);
    if (end === -1) {
      return text;
    }
  }
  return text.slice(0, end);
}
