// One entry for every resume format: picks the front end from the path's extension or the content.
import { parseResume as parseMarkdownResume } from '../document/parse';
import type { ResumeDocument } from '../document/types';
import { formatForParsing } from './detect';
import type { ResumeFormat } from './assemble';
import { parseLatex } from './latex/parse';
import { parseRenderCv } from './rendercv/parse';
import { parseJsonResume } from './jsonresume/parse';

export type { ResumeFormat } from './assemble';
export { detectFormat, formatForParsing, looksLikeJsonResume, looksLikeLatexResume, looksLikeRenderCv } from './detect';
export { escapeLatex } from './latex/escape';
export { parseLatex } from './latex/parse';
export { parseRenderCv } from './rendercv/parse';
export { parseJsonResume } from './jsonresume/parse';
export { tailoredSource } from './tailored';
export { adaptFix } from './edits';

export interface ParseOptions {
  /** File path or name: its extension picks the format. */
  path?: string;
  /** Force a format (overrides the path). */
  format?: ResumeFormat;
}

export function parseResumeAs(text: string, options: ParseOptions = {}): ResumeDocument {
  const format = options.format ?? formatForParsing(text, options.path);
  switch (format) {
    case 'latex':
      return parseLatex(text);
    case 'rendercv':
      return parseRenderCv(text);
    case 'jsonresume':
      return parseJsonResume(text);
    default: {
      const doc = parseMarkdownResume(text);
      // Markdown fixes insert plain words; no escaping (the Markdown rules own their edits).
      doc.format ??= 'markdown';
      return doc;
    }
  }
}
