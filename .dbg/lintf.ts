import { readFileSync } from 'node:fs';
import { lint } from '../src/core/lint';
const [file, ...lines] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
for (const f of lint(text, { path: file }) as any[]) if (!lines.length || lines.includes(String(f.line))) console.log(f.line, f.ruleId, f.message, JSON.stringify((f.fixes ?? []).map((x: any) => x.title)));
