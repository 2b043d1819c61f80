import { parseResume } from './src/core/document/parse';
import { readFileSync } from 'node:fs';
const text = readFileSync(process.argv[2], 'utf8');
const doc = parseResume(text);
const want = process.argv.slice(3).map(Number);
for (const b of doc.bullets) { const l = doc.lines.positionAt(b.range.start).line + 1; if (want.includes(l)) console.log(l, b.section.kind, b.section.title, b.source, JSON.stringify(b.text)); }
for (const s of doc.sections) console.log('section', s.kind, JSON.stringify(s.title), doc.lines.positionAt(s.range.start).line + 1);
