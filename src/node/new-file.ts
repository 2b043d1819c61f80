// Saves text as a new file without ever replacing one: NAME.ext, else NAME-2.ext, NAME-3.ext…
// Like every other output it goes through a temporary file beside the target, so nobody ever sees
// half a file. The temporary file is then hard-linked to the new name, which fails when that name
// exists: "does it exist?" and "create it" stay one step, so a file that appears in between is not
// overwritten either (a rename would replace it).

import { copyFileSync, constants, linkSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** Returns the path written. `stem` is a file name without extension; `ext` includes the dot. */
export function writeNewFile(dir: string, stem: string, ext: string, content: string): string {
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${stem}${ext}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    writeFileSync(tmp, content, { flag: 'wx' });
    for (let n = 1; ; n++) {
      const path = join(dir, `${stem}${n === 1 ? '' : `-${n}`}${ext}`);
      try {
        placeExclusively(tmp, path);
        return path;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
    }
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** The complete temporary file appears under `path`, or EEXIST when `path` is taken. */
function placeExclusively(tmp: string, path: string): void {
  try {
    linkSync(tmp, path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // File systems without hard links (FAT, some network shares): an exclusive copy of the finished file.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EXDEV') throw e;
    copyFileSync(tmp, path, constants.COPYFILE_EXCL);
  }
}
