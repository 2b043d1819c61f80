// Source blocks of bullets: the whole lines a bullet occupies, from its marker to the end of its
// last nested child. Tailoring moves and drops whole blocks, so every kept bullet stays byte for byte.

import type { Bullet } from '../document/types';

export interface BulletBlock {
  bullet: Bullet;
  /** Start of the marker's line. */
  start: number;
  /** After the line break that ends the block's last line (or the end of text). */
  end: number;
  /** Nested bullets inside the block. */
  children: Bullet[];
}

export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

export function lineEndAfter(text: string, offset: number): number {
  const nl = text.indexOf('\n', Math.max(offset - 1, 0));
  return nl < 0 ? text.length : nl + 1;
}

/** Blocks of the given bullets; nested bullets (deeper, following) belong to their parent's block. */
export function blocksOf(text: string, bullets: Bullet[], all: Bullet[]): BulletBlock[] {
  return bullets.map((bullet) => {
    const children: Bullet[] = [];
    for (let i = bullet.index + 1; i < all.length; i++) {
      const b = all[i];
      if (b.depth <= bullet.depth || b.entry !== bullet.entry || b.section !== bullet.section) break;
      children.push(b);
    }
    const first = bullet.markerRange?.start ?? bullet.range.start;
    const lastEnd = Math.max(bullet.range.end, ...children.map((c) => c.range.end));
    return { bullet, start: lineStart(text, first), end: lineEndAfter(text, lastEnd), children };
  });
}

/** Splits blocks into runs of one kind whose neighbours are separated only by blank lines. */
export function contiguousRuns(text: string, blocks: BulletBlock[]): BulletBlock[][] {
  const runs: BulletBlock[][] = [];
  let run: BulletBlock[] = [];
  for (const block of blocks) {
    const prev = run[run.length - 1];
    // Pasted "•" lines and Markdown list items do not mix: a "•" line moved under a list item
    // would become part of that item's text.
    const mixed = prev && prev.bullet.source !== block.bullet.source;
    if (prev && (mixed || block.start < prev.end || text.slice(prev.end, block.start).trim() !== '')) {
      runs.push(run);
      run = [];
    }
    run.push(block);
  }
  if (run.length) runs.push(run);
  return runs;
}
