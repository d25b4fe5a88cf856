import type { Localized } from '../../i18n/localized';
import { reportedUnrecognized, type UnrecognizedReason } from '../../model/socketTable';
import { CappedFindings } from '../cappedFindings';
import type { DumpRule } from './dumpRule';

/** Beyond this many, one summary diagnostic stands for the rest: a pasted binary must not flood the editor. */
export const MAX_UNRECOGNIZED_REPORTED = 100;

const REASONS: Record<UnrecognizedReason, Localized> = {
  'unknown-format': {
    en: 'This line is not part of a netstat or ss table this extension understands, so it is not counted.',
    zh: '这一行不属于本扩展能识别的 netstat 或 ss 表格，未计入统计。',
  },
  'too-few-columns': {
    en: 'This row has too few columns (a truncated paste?), so it is not counted.',
    zh: '这一行的列数不够（可能粘贴时被截断），未计入统计。',
  },
  'bad-queue': {
    en: 'Recv-Q/Send-Q of this row are not numbers, so it is not counted.',
    zh: '这一行的 Recv-Q/Send-Q 不是数字，未计入统计。',
  },
  'bad-address': {
    en: 'The local or peer address of this row is not in address:port form, so it is not counted.',
    zh: '这一行的本地或对端地址不是“地址:端口”格式，未计入统计。',
  },
  'unknown-state': {
    en: 'The state of this TCP row is not one of the TCP states, so it is not counted.',
    zh: '这一行的 TCP 状态不是已知的 TCP 状态，未计入统计。',
  },
  undecodable: {
    en: 'This line has characters that could not be decoded (shown as �): the file was saved in another encoding, typically GBK by a Chinese Windows console. Use "Reopen with Encoding" and choose Simplified Chinese (GBK).',
    zh: '这一行有无法解码的字符（显示为 �）：文件是用其他编码保存的，常见于中文 Windows 命令行输出的 GBK 编码。请使用“通过编码重新打开”，选择简体中文（GBK）。',
  },
  binary: {
    en: 'This line holds control characters or undecodable bytes: it is not text printed by netstat or ss.',
    zh: '这一行包含控制字符或无法解码的字节，不是 netstat 或 ss 输出的文本。',
  },
};

export const unrecognizedLine: DumpRule = {
  code: 'parse.unrecognized-line',
  wholeDocument: true,
  *check({ dump }) {
    const findings = new CappedFindings(this.code, 'information', MAX_UNRECOGNIZED_REPORTED);
    // Prose around the tables of a markdown or mail paste is the author's, not output to report.
    for (const entry of reportedUnrecognized(dump)) {
      const span = { start: 0, end: entry.length };
      if (findings.hasRoom) {
        findings.add({ code: this.code, severity: 'information', line: entry.line, span, message: REASONS[entry.reason] });
      } else {
        findings.skip(entry.line, span);
      }
    }
    return findings.result({
      en: '{hidden} more lines from here on are not understood and are not reported one by one. Is this really netstat or ss output?',
      zh: '从这里开始还有 {hidden} 行无法识别，不再逐行提示。请确认内容确实是 netstat 或 ss 的输出。',
    });
  },
};
