// Words and number forms that read as another country's English, or as a translation, to a North
// American reviewer: a "Curriculum Vitae" title on an industry resume, a decimal comma in a metric
// ("94,1%" reads as nine hundred forty-one), lakh and crore, nouns English does not count
// ("informations", "softwares"), British and South Asian idioms ("fortnightly", "prepone", "till
// date"), and the false friends a Spanish, Portuguese or French speaker carries over ("my actual
// position" for current, "assisted to the meetings" for attended, "realized the implantation" for
// carried out the implementation). Each names its North American form. Information only: the person
// may be writing for the place the words come from.
import type { ResumeDocument } from '../document/types';
import type { Fix, Rule, RuleFinding } from '../types';
import { proseMaskedText } from './source-scan';
import { matchCase } from '../text/inflect';

interface Pattern {
  re: RegExp;
  /** The message for the matched text. */
  message: (written: string) => string;
  /** The North American form, when one replacement fits every match. */
  replacement?: (written: string) => string | undefined;
}

/** Nouns North American English does not count: their plural reads as a translation. */
const UNCOUNTABLE = ['information', 'knowledge', 'software', 'hardware', 'equipment', 'feedback', 'advice', 'furniture', 'training'];

const PATTERNS: Pattern[] = [
  {
    // "94,1%", "12,5 %", "R$ 2,4 millions": one or two digits after the comma, then a unit of a metric.
    re: /(?<![\d.,])\d{1,3},\d{1,2}(?=\s?(?:%|percent\b|per cent\b|pp\b|x\b|×|(?:millions?|billions?|thousands?|mn|bn)\b))/gi,
    message: (w) => `"${w}" uses a decimal comma, which reads as a thousands separator in North America: write "${w.replace(',', '.')}".`,
    replacement: (w) => w.replace(',', '.'),
  },
  {
    re: /\b(?:lakhs?|crores?)\b/gi,
    message: (w) => `"${w}" is a South Asian number word most North American readers do not know: write the number in thousands or millions (1 lakh = 100,000; 1 crore = 10 million).`,
  },
  {
    re: new RegExp(`\\b(?:${UNCOUNTABLE.join('|')})s\\b`, 'gi'),
    message: (w) => `"${w}": North American English does not count this noun; write "${matchCase(w, w.slice(0, -1).toLowerCase())}".`,
    replacement: (w) => matchCase(w, w.slice(0, -1).toLowerCase()),
  },
  {
    re: /\bfortnightly\b/gi,
    // No replacement: "every two weeks" fits after a verb, not before a noun ("fortnightly demos").
    message: (w) => `"${w}" is British; North American readers say "every two weeks" (or "biweekly").`,
  },
  {
    re: /\bprepon(?:e|ed|ing)\b/gi,
    message: (w) => `"${w}" is Indian English; North American readers say "moved up" or "brought forward".`,
  },
  {
    re: /\bdo(?:ing)? the needful\b/gi,
    message: (w) => `"${w}" is an Indian English idiom that reads as unclear in North America: say what was done.`,
  },
  {
    re: /\btill date\b/gi,
    message: (w) => `"${w}" is Indian English; North American readers say "to date".`,
    replacement: (w) => matchCase(w, 'to date'),
  },
  {
    // Spanish/Portuguese/French "actual" = current.
    re: /\bactual(?=\s+(?:position|role|job|employer|company|workplace|team|salary|responsibilities|function|occupation)\b)/gi,
    message: (w) => `"${w}" means "real" in English; for the job you hold now write "current".`,
    replacement: (w) => matchCase(w, 'current'),
  },
  {
    re: /\bactually(?=,?\s+(?:I\s+am|I'm|I\s+work|working|employed|responsible|leading|in charge|based)\b)/gi,
    message: (w) => `"${w}" means "in fact" in English; for what you do now write "currently".`,
    replacement: (w) => matchCase(w, 'currently'),
  },
  {
    // Spanish "asistir a", French "assister à" = attend.
    re: /\bassist(?:ed|ing|s)?(?=\s+to\s+(?:the\s+|all\s+|weekly\s+|daily\s+|monthly\s+|several\s+|many\s+)*(?:meetings?|conferences?|classes|courses?|lectures?|events?|workshops?|seminars?|congress(?:es)?|fairs?)\b)/gi,
    message: (w) => `"${w} to" a meeting is a false friend (Spanish "asistir a"); in English "assisted" means "helped": write "attended".`,
  },
  {
    // Portuguese "participar de".
    re: /\bparticipat(?:ed|e|es|ing)\s+of\b/gi,
    message: (w) => `"${w}" is a translation: in English one participates in something.`,
    replacement: (w) => w.replace(/of$/i, 'in'),
  },
  {
    // Portuguese/Spanish "realizar" = carry out; in English "realized" means "became aware of".
    re: /\breali[sz](?:ed|e|ing)(?=\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?(?:implementation|implantation|migration|installation|development|analysis|audit|integration|deployment|survey|inventory|inventories|training|maintenance)\b)/gi,
    message: (w) => `"${w}" means "became aware of" in English; for work you did write "carried out", "led" or the verb of the work itself.`,
  },
  {
    // Portuguese "implantação", Spanish "implantación", French "implantation" = implementation, rollout.
    re: /\bimplantations?\b/gi,
    message: (w) => `"${w}" is a medical word in English; for a system put into use write "implementation" (or "rollout").`,
    replacement: (w) => matchCase(w, /s$/i.test(w) ? 'implementations' : 'implementation'),
  },
];

/** A title or heading that names the document a "Curriculum Vitae", as Europe and academia do. */
const CV_TITLE = /^[\s#*_]*(?:curriculum\s+vitae|c\.?v\.?)[\s*_:.]*$/i;
/** Headings translated word for word: "Academic Formation" (formação, formación), "Personal Statement" (British). */
const TRANSLATED_HEADING: [RegExp, string][] = [
  [/^[\s#*_]*(?:academic|professional|educational)\s+formation[\s*_:]*$/i, 'Education'],
  [/^[\s#*_]*personal\s+statement[\s*_:]*$/i, 'Summary'],
];

function lineFindings(doc: ResumeDocument, masked: string): RuleFinding[] {
  const out: RuleFinding[] = [];
  // An academic CV (one with publications) is a CV by name and custom.
  const academic = doc.sections.some((s) => s.kind === 'publications');
  // Lines are titles and headings only in Markdown (RenderCV's "cv:" key is syntax).
  if (doc.format && doc.format !== 'markdown') return out;
  for (let line = 0; line < doc.lines.lineCount; line++) {
    const start = doc.lines.lineStart(line);
    const text = masked.slice(start, start + doc.lines.lineText(line).length);
    if (!text.trim()) continue;
    const core = text.trim();
    const at = start + text.indexOf(core);
    if (!academic && CV_TITLE.test(core) && line < 8) {
      out.push({ range: { start: at, end: at + core.length }, message: `"${core.replace(/^[#*_\s]+|[*_:.\s]+$/g, '')}" titles the page as a CV: a North American resume outside academia puts your name at the top and is called a resume.` });
      continue;
    }
    for (const [re, better] of TRANSLATED_HEADING) {
      if (!re.test(core)) continue;
      const words = core.replace(/^[#*_\s]+|[*_:\s]+$/g, '');
      const from = at + core.indexOf(words);
      out.push({
        range: { start: from, end: from + words.length },
        message: `"${words}" reads as a translation or as British English to a North American reviewer: call the section "${better}".`,
        fixes: [{ title: `Rename to "${better}"`, isPreferred: false, safe: false, edits: [{ range: { start: from, end: from + words.length }, newText: better }] }],
      });
    }
  }
  return out;
}

export const regionalEnglish: Rule = {
  id: 'regional-english',
  category: 'style',
  defaultSeverity: 'info',
  description: 'Words and number forms that read as another country\'s English or as a translation in North America: a "Curriculum Vitae" title, decimal commas, lakh/crore, "informations", "fortnightly", false friends ("my actual position").',
  docs: {
    why: 'A recruiter in the US or Canada reads "94,1%" as nine hundred forty-one percent and "my actual position" as "my real position". Writing the North American form keeps the reader on your work instead of on decoding it.',
    bad: '- Actually I am responsible for the implantation of the WMS, raising pick accuracy from 94,1% to 99,2%.',
    good: '- Led the implementation of the WMS, raising pick accuracy from 94.1% to 99.2%.',
  },
  check(doc) {
    const masked = proseMaskedText(doc);
    const out = lineFindings(doc, masked);
    for (const p of PATTERNS) {
      p.re.lastIndex = 0;
      for (let m = p.re.exec(masked); m; m = p.re.exec(masked)) {
        const range = { start: m.index, end: m.index + m[0].length };
        const replacement = p.replacement?.(m[0]);
        // Suggestions only: the person may be writing for the place the words come from.
        const fixes: Fix[] = replacement && replacement !== m[0] ? [{ title: `Change to "${replacement}"`, isPreferred: false, safe: false, edits: [{ range, newText: replacement }] }] : [];
        out.push({ range, message: p.message(m[0]), fixes });
      }
    }
    return out.sort((a, b) => a.range.start - b.range.start);
  },
};
