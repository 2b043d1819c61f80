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
    return {
      text: new TextDecoder('utf-8').decode(bytes.subarray(start)),
      warnings: ['is not valid UTF-8; undecodable bytes were read as U+FFFD. Save it as UTF-8.'],
    };
  }
}

export function readTextFile(path: string): TextFile {
  return decodeText(readFileSync(path));
}
