// Reads a PDF back the way an applicant tracking system does: the page count and the text in the
// order the content stream gives it, with Mozilla's PDF.js (pdfjs-dist, legacy build for Node).
// Pure JavaScript, maintained, already what browsers use to show PDFs; no binary, no network.
// Loaded on first use so the extension does not pay for it at activation.

import { readFileSync } from 'node:fs';

export interface PdfText {
  pages: number;
  /** Page texts, lines in reading order (items grouped into lines by their baseline). */
  pageTexts: string[];
  /** All pages, separated by a blank line. */
  text: string;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loading: Promise<PdfJs> | undefined;

/**
 * PDF.js creates a DOMMatrix when it loads, for drawing pages; Node has none, and the canvas package
 * PDF.js would take one from is a native module a bundle cannot carry. Reading text never draws, so
 * an identity matrix that says so is enough.
 */
function provideDomMatrix(): void {
  const g = globalThis as { DOMMatrix?: unknown };
  if (g.DOMMatrix) return;
  g.DOMMatrix = class DOMMatrix {
    a = 1;
    b = 0;
    c = 0;
    d = 1;
    e = 0;
    f = 0;
    constructor(init?: number[]) {
      if (Array.isArray(init) && init.length === 6) [this.a, this.b, this.c, this.d, this.e, this.f] = init;
    }
  };
}

async function pdfjs(): Promise<PdfJs> {
  loading ??= (async () => {
    provideDomMatrix();
    // PDF.js reports, on the console, the drawing helpers it cannot set up in Node; text needs none
    // of them, and stdout may be carrying --json.
    const { log, warn } = console;
    const quiet =
      (to: (...args: unknown[]) => void) =>
      (...args: unknown[]) => {
        if (!(typeof args[0] === 'string' && args[0].startsWith('Warning: '))) to(...args);
      };
    console.log = quiet(log);
    console.warn = quiet(warn);
    try {
      // The worker runs on the main thread ("fake worker"); registering its handler here spares
      // PDF.js a dynamic import of a worker file that a bundle does not have.
      // @ts-expect-error the worker module ships without type declarations
      const worker: unknown = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
      const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
      return lib;
    } finally {
      console.log = log;
      console.warn = warn;
    }
  })();
  return loading;
}

interface Item {
  str: string;
  transform: number[];
  hasEOL?: boolean;
}

export async function readPdfText(path: string): Promise<PdfText> {
  const lib = await pdfjs();
  const data = new Uint8Array(readFileSync(path));
  const doc = await lib.getDocument({ data, isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    const pageTexts: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pageTexts.push(linesOf(content.items.filter((i) => 'str' in i) as Item[]));
      page.cleanup();
    }
    return { pages: doc.numPages, pageTexts, text: pageTexts.join('\n\n') };
  } finally {
    await doc.destroy();
  }
}

/** Items in stream order; a new line starts where the baseline moves or PDF.js marks an end of line. */
function linesOf(items: Item[]): string {
  const lines: string[] = [];
  let line = '';
  let y: number | undefined;
  for (const item of items) {
    const baseline = item.transform[5];
    if (y !== undefined && Math.abs(baseline - y) > 2 && line.trim()) {
      lines.push(line.trim());
      line = '';
    }
    line += item.str;
    y = baseline;
    if (item.hasEOL && line.trim()) {
      lines.push(line.trim());
      line = '';
      y = undefined;
    }
  }
  if (line.trim()) lines.push(line.trim());
  return lines.map((l) => l.replace(/[ \t]+/g, ' ')).join('\n');
}

/** Pages of a PDF, for the one-page loop. */
export async function countPdfPages(path: string): Promise<number> {
  return (await readPdfText(path)).pages;
}
