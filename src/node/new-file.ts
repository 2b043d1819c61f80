// Saves text as a new file without ever replacing one: NAME.ext, else NAME-2.ext, NAME-3.ext…
// The exclusive-create flag makes "does it exist?" and "create it" one step, so a file that appears
// in between is not overwritten either.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Returns the path written. `stem` is a file name without extension; `ext` includes the dot. */
export function writeNewFile(dir: string, stem: string, ext: string, content: string): string {
  mkdirSync(dir, { recursive: true });
  for (let n = 1; ; n++) {
    const path = join(dir, `${stem}${n === 1 ? '' : `-${n}`}${ext}`);
    try {
      writeFileSync(path, content, { flag: 'wx' });
      return path;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}
