// Test helper: typesets LaTeX bullet sources with a real TeX engine (pdflatex from Debian's
// texlive-latex-base) and reads the printed text back with pdftotext, so that tests can check that a
// fixed bullet still compiles and prints what the front end reads. No engine → callers skip.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function available(cmd: string, args: string[]): boolean {
  try {
    return spawnSync(cmd, args, { stdio: 'ignore', timeout: 20_000 }).status === 0;
  } catch {
    return false;
  }
}

export const hasPdflatex = available('pdflatex', ['--version']);
export const hasPdftotext = available('pdftotext', ['-v']);

export interface TexCase {
  /** What the case is, for failure messages ("tech-spelling fix on line 12 of jakes.tex"). */
  label: string;
  /** LaTeX source of the bullet's content, as it stands in the file. */
  source: string;
}

export interface TexRun {
  ok: boolean;
  /** Index of the first case TeX stopped in, when it failed inside one. */
  failedCase?: number;
  log: string;
  /** Printed text of each case (pdftotext), when the run succeeded and pdftotext is installed. */
  printed?: string[];
}

const MARK = 'QQZZMARK';

// A wide page, no hyphenation, no indentation: each bullet prints on one line as written. Packages are
// those of texlive-latex-base only, so the fonts are the default OT1 Computer Modern (Type 1, which
// pdftotext reads back; T1 would need fonts that package lacks).
const PREAMBLE = String.raw`\documentclass{article}
\usepackage[utf8]{inputenc}
\usepackage{textcomp}
\usepackage{amssymb}
\usepackage{color}
\usepackage[hidelinks]{hyperref}
\pdfpagewidth=200cm \paperwidth=200cm \textwidth=190cm \hsize=190cm \linewidth=190cm
\hyphenpenalty=10000 \exhyphenpenalty=10000 \parindent=0pt
\pagestyle{empty}
`;

/**
 * Typesets every case as its own paragraph, each in a group of braces (a bullet read from several
 * arguments spans `}{`), after a marker word that splits the printed text again.
 */
export function typeset(cases: TexCase[]): TexRun {
  const dir = mkdtempSync(join(tmpdir(), 'bp-tex-'));
  try {
    // A template's own commands (\resumeItem, \faGithub) are not in the minimal document: each
    // command a case uses becomes a no-op unless LaTeX or a loaded package defines it.
    const names = new Set(cases.flatMap((c) => [...c.source.matchAll(/\\([a-zA-Z]+)/g)].map((m) => m[1])));
    const provided = [...names].map((n) => `\\providecommand{\\${n}}{}`);
    const lines: string[] = [...PREAMBLE.split('\n'), ...provided, '\\begin{document}', '\\raggedright'];
    const caseAtLine: number[] = [];
    cases.forEach((c, i) => {
      const body = `${MARK}${i}x {${c.source}}\\par`;
      const first = lines.length + 1;
      lines.push(...body.split('\n'));
      for (let l = first; l <= lines.length; l++) caseAtLine[l] = i;
    });
    lines.push(`${MARK}end \\par`, '\\end{document}', '');
    const file = join(dir, 'bullets.tex');
    writeFileSync(file, lines.join('\n'));
    const run = spawnSync('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', '-no-shell-escape', '-output-directory', dir, file], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 120_000,
    });
    const logPath = join(dir, 'bullets.log');
    const log = existsSync(logPath) ? readFileSync(logPath, 'latin1') : `${run.stdout ?? ''}${run.stderr ?? ''}`;
    const pdf = join(dir, 'bullets.pdf');
    if (run.status !== 0 || !existsSync(pdf)) {
      const at = /^l\.(\d+)/m.exec(log);
      return { ok: false, failedCase: at ? caseAtLine[Number(at[1])] : undefined, log };
    }
    if (!hasPdftotext) return { ok: true, log };
    const text = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', timeout: 60_000 }).stdout ?? '';
    const printed: string[] = [];
    const parts = text.split(new RegExp(`${MARK}(\\d+|end)x?`));
    for (let k = 1; k + 1 < parts.length; k += 2) if (parts[k] !== 'end') printed[Number(parts[k])] = parts[k + 1];
    return { ok: true, log, printed };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Text as a reader compares it: Unicode-compatible forms (ligatures split), typographic quotes and
 * the math tilde as ASCII, no whitespace, case folded (\LaTeX prints its A as a small capital).
 */
export function comparable(text: string): string {
  return text
    // (OT1 prints \textasciitilde and \textasciicircum as the raised accents ˜ ˆ; NFKC would split them.)
    .replace(/[˜∼]/g, '~')
    .replace(/ˆ/g, '^')
    .normalize('NFKC')
    // (TeX prints a typed ` and " as curly quotes: the same quote in another form.)
    .replace(/[‘’′`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/−/g, '-')
    // OT1 fonts print a bare | as an em dash; the front end reads the | the source has.
    .replace(/—/g, '|')
    // (OT1 draws \_ as a rule, which pdftotext reads as a space.)
    .replace(/[\s_]+/g, '')
    .toLowerCase();
}
