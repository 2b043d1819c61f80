import { parseResume } from './src/core/document/parse';
import { verdictOf } from './src/core/judge';
import { DEFAULT_LEXICON } from './src/core/lexicon';
import { readFileSync } from 'node:fs';
const text = readFileSync(process.argv[2], 'utf8');
const doc = parseResume(text);
const want = process.argv.slice(3).map(Number);
for (const b of doc.bullets) { const l = doc.lines.positionAt(b.range.start).line + 1; if (want.includes(l)) { const v = verdictOf(b, DEFAULT_LEXICON); console.log(l, JSON.stringify(b.text), v.vague, v.reason, v.score ?? '', JSON.stringify(v.spans), v.features.features.map((f: any) => f.name).join(',')); } }
