// Reads a text file the way a user expects: UTF-8 with or without BOM, UTF-16 with BOM, and a clear
// warning (not a crash) when the bytes are not valid UTF-8.
import { readFileSync } from 'node:fs';

export interface TextFile {
  text: string;
  warnings: string[];
}

export function decodeText(bytes: Uint8Array): TextFile {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warnings: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warnings: [] };
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start)), warnings: [] };
  } catch {
    // A page saved by Word ("Web Page, Filtered") or an old site is often windows-1252 and says so in its head.
    const declared = declaredCharset(bytes);
    if (declared) return { text: windows1252(declared.encoding, declared.decode(bytes)), warnings: [] };
    const lossy = new TextDecoder('utf-8').decode(bytes.subarray(start));
    // A file with more broken bytes than well-formed UTF-8 characters was written in a legacy encoding, and
    // Windows-1252 is the one Windows programs (Excel's "Text (Tab delimited)", Notepad's ANSI) save;
    // a few broken bytes in UTF-8 text stay a damaged UTF-8 file.
    const broken = lossy.match(/\uFFFD/g)?.length ?? 0;
    const wellFormed = lossy.match(/[^\u0000-\u007F\uFFFD]/g)?.length ?? 0;
    if (broken > wellFormed) {
      return {
        text: windows1252('windows-1252', new TextDecoder('latin1').decode(bytes.subarray(start))),
        warnings: ['is not valid UTF-8; it was read as Windows-1252, the legacy Windows encoding. Save it as UTF-8.'],
      };
    }
    return { text: lossy, warnings: ['is not valid UTF-8; undecodable bytes were read as U+FFFD. Save it as UTF-8.'] };
  }
}

/** The decoder for the charset an HTML or XML file declares in its head (<meta charset>, http-equiv, <?xml encoding>), when it is not UTF-8 and the runtime knows it. */
function declaredCharset(bytes: Uint8Array): InstanceType<typeof TextDecoder> | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 8192));
  const name = (/<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml\b[^>]*?encoding\s*=\s*["']([\w.:-]+)/i.exec(head))?.[1];
  if (!name || /^utf-?8$/i.test(name)) return undefined;
  try {
    return new TextDecoder(name);
  } catch {
    return undefined; // a charset the runtime does not know: read as UTF-8 with the warning
  }
}

/**
 * windows-1252's printable characters at 0x80–0x9F (curly quotes, dashes, €, …), from the WHATWG Encoding
 * Standard's index. Node 20's TextDecoder reads those bytes as ISO-8859-1's control codes.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function windows1252(encoding: string, text: string): string {
  if (encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

export function readTextFile(path: string): TextFile {
  return decodeText(readFileSync(path));
}
