// A Word or Google Docs export through Pandoc leaves an empty anchor span before a heading
// ("[]{#_heading=h.abc .anchor}**SKILLS**"): the line still reads as the heading.
import assert from 'node:assert/strict';
import { parseResume } from '../../../src/core/document/parse';

const RESUME = [
  '# Sam Okafor',
  '',
  '[]{#_heading=h.1a2b3c .anchor}**WORK HISTORY**',
  '',
  '**Line Cook - Harbour Grill, Halifax**\t\tMay 2022 – Sep 2024',
  '',
  '* Prepped 14 menu items a shift for a 90-seat dining room.',
  '* Trained 3 new cooks on the grill station.',
  '',
  '[]{#_heading=h.9z8y7x .anchor}**EDUCATION**',
  '',
  '**NSCC, Halifax** - Culinary Arts diploma, 2022',
  '',
].join('\n');

describe('document: Pandoc anchor spans before a heading', () => {
  it('reads the bold line after the anchor as a section heading', () => {
    const doc = parseResume(RESUME);
    const kinds = doc.sections.map((s) => s.kind);
    assert.ok(kinds.includes('experience'), kinds.join(','));
    assert.ok(kinds.includes('education'), kinds.join(','));
    const exp = doc.sections.find((s) => s.kind === 'experience')!;
    assert.deepEqual(exp.entries.flatMap((e) => e.bullets.map((b) => b.text.slice(0, 12))), ['Prepped 14 m', 'Trained 3 ne']);
  });
  it('keeps a line that is only an anchor span as it was', () => {
    const doc = parseResume('# Sam Okafor\n\n[]{#_heading=h.1a2b3c .anchor}\n\n## Experience\n\n- Prepped 14 menu items a shift.\n');
    assert.ok(doc.sections.some((s) => s.kind === 'experience'));
  });
});
