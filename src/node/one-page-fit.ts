// One page, measured: print the tailored resume, count the PDF's pages, and apply the steps that
// core/tailor/one-page.ts orders (content cuts and form-only density steps) until it fits. Each print
// takes seconds, so instead of one step per print the overflow (lines on pages 2…) is read back from
// the PDF and enough steps to free that many lines are applied at once; once a print fits, the
// remaining prints bisect back towards the fewest steps that still fit, so no more is given up than
// the page needs. Without a browser, the word count (ONE_PAGE_WORDS, scaled by the density) stands
// in for the page count, and the report says it is an estimate.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ONE_PAGE_WORDS, applyCuts, countWords, densityOf, onePageCuts, type Cut, type Plan, type TailorResult } from '../core/tailor';
import { DENSITIES, densityGain, type Paper } from '../core/render';
import { printToPdf } from './pdf';
import { readPdfText, type PdfText } from './pdf-text';

export interface PrintedPdf {
  path: string;
  text: PdfText;
}

/** Prints Markdown at a density (render/style.ts DENSITIES; 0 is the default look). */
export type Printer = (markdown: string, density?: number) => Promise<PrintedPdf>;

/** Prints Markdown through the HTML renderer into files in `scratch`, each print under a new name. */
export function pdfPrinter(browser: string, scratch: string, toHtml: (markdown: string, density?: number) => string, onPrint?: () => void): Printer {
  let n = 0;
  return async (markdown, density = 0) => {
    onPrint?.();
    n++;
    const html = join(scratch, `resume-${n}.html`);
    const pdf = join(scratch, `resume-${n}.pdf`);
    writeFileSync(html, toHtml(markdown, density));
    await printToPdf(browser, html, pdf);
    return { path: pdf, text: await readPdfText(pdf) };
  };
}

export interface OnePageOutcome {
  markdown: string;
  /** The tailoring's plan with the cuts applied (for the source-format version). */
  plan: Plan;
  /** Content cuts applied (form steps are in `density`). */
  cuts: Cut[];
  /** The print density reached (0: the default layout) and its description. */
  density: number;
  layout: string;
  /** Pages of the last print; undefined when nothing could print. */
  pages?: number;
  fits?: boolean;
  printed?: PrintedPdf;
  prints: number;
  note?: string;
}

/** Extra lines freed beyond the overflow: line heights of headings and gaps are not all counted. */
const SAFETY_LINES = 2;
/** Prints spent finding a fit; the rest of MAX_PRINTS goes to giving up less. */
const SEARCH_PRINTS = 6;
const MAX_PRINTS = 9;

export async function fitOnePage(result: TailorResult, print: Printer | undefined, paper: Paper = 'letter'): Promise<OnePageOutcome> {
  const steps = onePageCuts(result.resume, result.plan, result.findings, result.report.keywords);
  const memo = new Map<number, { markdown: string; density: number; plan: Plan }>();
  const render = (k: number) => {
    if (!memo.has(k)) memo.set(k, k === 0 ? { markdown: result.markdown, density: 0, plan: result.plan } : applyCuts(result.resume, result.plan, steps.slice(0, k)));
    return memo.get(k)!;
  };
  const outcome = (k: number, rest: Omit<OnePageOutcome, 'markdown' | 'plan' | 'cuts' | 'density' | 'layout'>): OnePageOutcome => {
    const density = densityOf(steps.slice(0, k));
    return { markdown: render(k).markdown, plan: render(k).plan, cuts: steps.slice(0, k).filter((c) => c.step !== 'form'), density, layout: DENSITIES[density].label, ...rest };
  };

  if (!print) {
    // Estimate: take steps in order until the word count is within a page's worth at that density.
    let k = 0;
    const fitsWords = (n: number) => countWords(visible(render(n).markdown)) <= ONE_PAGE_WORDS * densityGain(paper, 0, render(n).density);
    while (k < steps.length && !fitsWords(k)) k++;
    return outcome(k, { prints: 0, note: `No browser to print with: one page was estimated as ${ONE_PAGE_WORDS} words, not measured.` });
  }

  const prints = new Map<number, PrintedPdf>();
  const printAt = async (k: number) => {
    const r = render(k);
    const p = await print(r.markdown, r.density);
    prints.set(k, p);
    return p;
  };
  let lo = -1; // most steps known not to fit
  let hi: number | undefined; // fewest steps known to fit
  let k = 0;
  let printed = await printAt(0);
  if (printed.text.pages === 1) hi = 0;
  else lo = 0;
  while (hi === undefined && k < steps.length && prints.size < SEARCH_PRINTS) {
    const need = overflowLines(printed.text) + SAFETY_LINES;
    const perLine = charsPerLine(printed.text);
    const total = totalLines(printed.text);
    let density = render(k).density;
    let freed = 0;
    const from = k;
    while (k < steps.length && (freed < need || k === from)) {
      const step = steps[k];
      if (step.density !== undefined) {
        if (step.density > density) freed += total * (1 - 1 / densityGain(paper, density, step.density));
        density = Math.max(density, step.density);
      } else freed += Math.max(1, Math.ceil(step.size / perLine));
      k++;
    }
    printed = await printAt(k);
    if (printed.text.pages === 1) hi = k;
    else lo = k;
  }
  // Out of estimated rounds but steps remain: take them all and print once more.
  if (hi === undefined && k < steps.length) {
    k = steps.length;
    printed = await printAt(k);
    if (printed.text.pages === 1) hi = k;
    else lo = k;
  }
  // Give up no more than the page needs: bisect between the last long print and the first that fit.
  while (hi !== undefined && hi - lo > 1 && prints.size < MAX_PRINTS) {
    const mid = Math.floor((lo + hi) / 2);
    if ((await printAt(mid)).text.pages === 1) hi = mid;
    else lo = mid;
  }
  const final = hi ?? k;
  const last = prints.get(final)!;
  const fits = last.text.pages === 1;
  return outcome(final, {
    pages: last.text.pages,
    fits,
    printed: last,
    prints: prints.size,
    note: fits
      ? undefined
      : `Still ${last.text.pages} pages after every allowed cut and the most compact readable layout: the best bullets of your current or most relevant role, one bullet per entry, Education and the skills this job asks for are never cut. Shorten it by hand.`,
  });
}

function visible(markdown: string): string {
  return markdown.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '').replace(/<!--[\s\S]*?-->/g, ' ');
}

function overflowLines(text: PdfText): number {
  return text.pageTexts.slice(1).reduce((n, page) => n + page.split('\n').filter((l) => l.trim()).length, 0);
}

function totalLines(text: PdfText): number {
  return text.pageTexts.reduce((n, page) => n + page.split('\n').filter((l) => l.trim()).length, 0);
}

/** The width of a full line, in characters: the longer lines of page one. */
function charsPerLine(text: PdfText): number {
  const lengths = text.pageTexts[0]
    .split('\n')
    .map((l) => l.length)
    .sort((a, b) => b - a);
  const top = lengths.slice(0, Math.max(1, Math.floor(lengths.length / 4)));
  return Math.max(40, top.reduce((a, b) => a + b, 0) / top.length);
}
