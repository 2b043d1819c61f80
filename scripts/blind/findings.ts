// findings.ts DIR: every finding of each resume in DIR as `? FF:LINE rule — "span": message`, the list a
// blind judge reads (scripts/blind/README.md).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lintDocument } from '../../src/core/lint';
import { parseResumeAs } from '../../src/core/formats';
const dir = resolve(process.argv[2]);
for (const file of readdirSync(dir).filter((f) => /^\d\d.*\.(?:md|rmd|qmd|tex|ya?ml|json)$/i.test(f)).sort()) {
  const text = readFileSync(join(dir, file), 'utf8');
  const { findings } = lintDocument(parseResumeAs(text, { path: file }), { today: '2026-12-01' });
  for (const f of findings) {
    if (/^MD\d/.test(f.ruleId)) continue;
    const line = text.slice(0, f.range.start).split('\n').length;
    const span = text.slice(f.range.start, f.range.end).split('\n')[0].slice(0, 120);
    console.log(`? ${file.slice(0, 2)}:${line} ${f.ruleId} — "${span}": ${f.message}`);
  }
}
