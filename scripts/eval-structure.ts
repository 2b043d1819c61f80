// How well the parser reads real resumes against their hand-checked structure.
//
//   npm run eval:structure -- DIR [--verbose|--errors] [--split N] [--json]
//
// DIR holds NN-name.md resumes, each with NN-name.expected.json (format: the corpus README).
// Prints the issue #10 figures for all files; with --split N also for the first N files and the
// rest separately (develop on the first part, read the second as a quasi-held-out figure);
// --verbose (or --errors) lists every miss per file. Measures are defined in scripts/eval-structure-lib.ts.
import { corpusFiles, evaluateDir, formatSummary, summarize } from './eval-structure-lib';

const args = process.argv.slice(2);
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--split');
if (!dir) {
  console.error('usage: npm run eval:structure -- DIR [--verbose] [--split N] [--json]');
  process.exit(2);
}
const splitAt = args.includes('--split') ? Number(args[args.indexOf('--split') + 1]) : undefined;
const files = corpusFiles(dir);
if (!files.length) {
  console.error(`No resume with an .expected.json in ${dir}`);
  process.exit(2);
}
const figs = evaluateDir(dir, files);
if (args.includes('--json')) {
  console.log(JSON.stringify({ all: summarize(figs), files: figs }, null, 2));
} else {
  if (args.includes('--verbose') || args.includes('--errors')) {
    for (const f of figs) {
      if (!f.misses.length) continue;
      console.log(`\n${f.file}`);
      for (const m of f.misses) console.log(`  ${m}`);
    }
    console.log('');
  }
  console.log(formatSummary('all', summarize(figs)));
  if (splitAt && splitAt > 0 && splitAt < figs.length) {
    console.log(formatSummary(`\nfiles 1–${splitAt} (development)`, summarize(figs.slice(0, splitAt))));
    console.log(formatSummary(`\nfiles ${splitAt + 1}–${figs.length} (looked at less: quasi-held-out)`, summarize(figs.slice(splitAt))));
  }
}
