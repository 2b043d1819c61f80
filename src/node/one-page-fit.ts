// One page, measured: print the tailored resume, count the PDF's pages, and apply the cuts that
// core/tailor/one-page.ts orders until it fits. Each print takes seconds, so instead of one cut per
// print the overflow (lines on pages 2…) is read back from the PDF and enough cuts to free that
// many lines are applied at once; a few prints settle it. Without a browser, the word count
// (ONE_PAGE_WORDS) stands in for the page count, and the report says it is an estimate.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ONE_PAGE_WORDS, applyCuts, countWords, onePageCuts, type Cut, type TailorResult } from '../core/tailor';
import { printToPdf } from './pdf';
import { readPdfText, type PdfText } from './pdf-text';

export interface PrintedPdf {
  path: string;
  text: PdfText;
}

export type Printer = (markdown: string) => Promise<PrintedPdf>;

/** Prints Markdown through the HTML renderer into files in `scratch`, each print under a new name. */
export function pdfPrinter(browser: string, scratch: string, toHtml: (markdown: string) => string, onPrint?: () => void): Printer {
  let n = 0;
  return async (markdown) => {
    onPrint?.();
    n++;
    const html = join(scratch, `resume-${n}.html`);
    const pdf = join(scratch, `resume-${n}.pdf`);
    writeFileSync(html, toHtml(markdown));
    await printToPdf(browser, html, pdf);
    return { path: pdf, text: await readPdfText(pdf) };
  };
}

export interface OnePageOutcome {
  markdown: string;
  cuts: Cut[];
  /** Pages of the last print; undefined when nothing could print. */
  pages?: number;
  fits?: boolean;
  printed?: PrintedPdf;
  prints: number;
  note?: string;
}

/** Extra lines freed beyond the overflow: line heights of headings and gaps are not all counted. */
const SAFETY_LINES = 2;
const MAX_PRINTS = 6;

export async function fitOnePage(result: TailorResult, print: Printer | undefined): Promise<OnePageOutcome> {
  const cuts = onePageCuts(result.resume, result.plan, result.findings);
  const render = (k: number) => (k === 0 ? result.markdown : applyCuts(result.resume, result.plan, cuts.slice(0, k)).markdown);

  if (!print) {
    // Estimate: cut in order until the word count is within a page's worth.
    let k = 0;
    while (k < cuts.length && countWords(visible(render(k))) > ONE_PAGE_WORDS) k++;
    return {
      markdown: render(k),
      cuts: cuts.slice(0, k),
      prints: 0,
      note: `No browser to print with: one page was estimated as ${ONE_PAGE_WORDS} words, not measured.`,
    };
  }

  let k = 0;
  let printed = await print(render(0));
  let prints = 1;
  while (printed.text.pages > 1 && k < cuts.length && prints < MAX_PRINTS) {
    const need = overflowLines(printed.text) + SAFETY_LINES;
    const perLine = charsPerLine(printed.text);
    let freed = 0;
    const before = k;
    while (k < cuts.length && (freed < need || k === before)) {
      freed += Math.max(1, Math.ceil(cuts[k].size / perLine));
      k++;
    }
    printed = await print(render(k));
    prints++;
  }
  // Out of estimated rounds but cuts remain: take them all and print once more.
  if (printed.text.pages > 1 && k < cuts.length) {
    k = cuts.length;
    printed = await print(render(k));
    prints++;
  }
  const fits = printed.text.pages === 1;
  return {
    markdown: render(k),
    cuts: cuts.slice(0, k),
    pages: printed.text.pages,
    fits,
    printed,
    prints,
    note: fits
      ? undefined
      : `Still ${printed.text.pages} pages after every allowed cut: the best bullets of your current or most relevant role and one bullet per entry are never cut. Shorten sections by hand.`,
  };
}

function visible(markdown: string): string {
  return markdown.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '').replace(/<!--[\s\S]*?-->/g, ' ');
}

function overflowLines(text: PdfText): number {
  return text.pageTexts.slice(1).reduce((n, page) => n + page.split('\n').filter((l) => l.trim()).length, 0);
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
