// The README's demo: lint the example resume, tailor it to the example posting, draft the referral.
// Outputs go to a fresh temporary folder so repeated demos never touch the repository.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const resume = 'examples/resume.md';
const job = 'examples/jobs/amazon-sde-intern.md';
const out = mkdtempSync(join(tmpdir(), 'bulletproof-demo-'));

const steps = [
  ['1. Lint the example resume', ['lint', resume]],
  ['2. Tailor it to an example posting', ['tailor', resume, '--job', job, '--out', out]],
  // A fixed "today" keeps the deadline warning stable: the posting's referral deadline is 2026-02-15.
  ['3. Draft the referral intro', ['referral', resume, '--job', job, '--referrer-school', 'University of Waterloo', '--referrer-team', 'Payments', '--today', '2026-02-12']],
];

for (const [title, args] of steps) {
  console.log(`\n=== ${title}: bulletproof ${args.join(' ')}\n`);
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { stdio: 'inherit', env: { ...process.env, NO_COLOR: '1' } });
  // Lint exits 1 only for error-severity findings; the example has none by default.
  if (r.status !== 0) {
    console.error(`demo: "bulletproof ${args[0]}" exited ${r.status}`);
    process.exit(r.status ?? 1);
  }
}
console.log(`\nTailored outputs are in ${out}`);
