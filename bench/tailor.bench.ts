// Tailoring speed (issue 5): median time to tailor a two-page resume to a job posting — parse both,
// match, plan, rewrite Markdown and write report.md (no PDF). Target ≤ 50 ms. Shown beside the bare
// resume parse measured in the same run, as a ratio, so slow machines still compare fairly.
// Run: npx tsx bench/tailor.bench.ts
import { readFileSync } from 'node:fs';
import { parseResume } from '../src/core/document/parse';
import { renderHtml } from '../src/core/render';
import { tailorResume } from '../src/core/tailor';
import { createSkillMatcher } from '../src/core/skills';
// @ts-expect-error: plain JavaScript helper shared with the other benchmarks
import { time, fmt, ratio } from './stats.mjs';
import { clearParseMemos } from '../src/core/incremental';

const resume = readFileSync(new URL('./fixtures/resume-two-page.md', import.meta.url), 'utf8');
const job = readFileSync(new URL('../examples/jobs/amazon-sde-intern.md', import.meta.url), 'utf8');

// Each call without the parse memo of the call before (the same text would be answered from it).
const parse: number = time(() => (clearParseMemos(), parseResume(resume)), { runs: 100 });
const tailor: number = time(() => (clearParseMemos(), tailorResume(resume, job)), { runs: 100 });
const tailored = tailorResume(resume, job).markdown;
const html: number = time(() => renderHtml(tailored), { runs: 50 });

console.log(`two-page resume: ${resume.split(/\s+/).length} words, ${resume.length} bytes`);
console.log(`parse to ResumeDocument (baseline)       ${fmt(parse)}`);
console.log(`tailor (parse + match + plan + rewrite)  ${fmt(tailor)}  = ${ratio(tailor, parse)} the parse`);
console.log(`render tailored Markdown to HTML         ${fmt(html)}`);
const skillsBuild: number = time(() => createSkillMatcher().find(job), { runs: 20, warmup: 3 });
console.log(`skills taxonomy build + one posting      ${fmt(skillsBuild)}  = ${ratio(skillsBuild, parse)} the parse (once per process)`);
console.log(`tailoring a two-page resume: ${fmt(tailor)} median (target ≤ 50 ms)`);
