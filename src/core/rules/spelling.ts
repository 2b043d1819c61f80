// Misspelled ordinary English words in the prose a reviewer reads: bullets, summary paragraphs and the
// lower-case words of skills lines ("acheived", "goverment"). Precision first: a word is flagged only
// when no dictionary (en-US or en-GB) knows it, it is not a technology the taxonomy or tech-spelling
// knows, it is not a derived or compound form of known words ("scalable", "reskilled", "codebase"),
// and one typing slip turns it into a common word. A capitalised word inside a sentence is a name
// and is never read; nor are capitals, camelCase, words with digits, dots, slashes or underscores,
// short words, and anything in code, links, e-mail addresses, handles, HTML or LaTeX macros.
import type { ResumeDocument, SectionKind } from '../document/types';
import type { Fix, OffsetRange, Rule, RuleFinding } from '../types';
import { words } from '../text/words';
import { proseMaskedText } from './source-scan';
import { protectedSpansOf } from '../text/protected-spans';
import { isCommonWord, isEnglishWord, isRareWord, isWordNetTerm, nearWords, wordBand } from '../lexicon/english';
import { SKILL_GROUPS } from '../skills';

/** Sections whose lines are lists of names (skills, publications, references), not prose. */
const SKIPPED_SECTIONS = new Set<SectionKind>(['header', 'publications', 'references']);
/** Shorter words are read as clipped jargon ("repo", "prem") or slips too ambiguous to correct. */
const MIN_LENGTH = 5;
/** A bullet or line longer than this is no prose a reviewer reads (a pasted blob): not read. */
const MAX_SPAN = 2000;
/** Distinct unknown words examined per document: a document past that is not English prose. */
const MAX_UNKNOWN = 400;

let techWords: Set<string> | undefined;
/**
 * Every word of the skills taxonomy's entries, lower case ("kubernetes", "pytorch", "scrum"): read
 * from the entries' text, not through a SkillMatcher, which takes ten times as long to build on the
 * first lint.
 */
function taxonomyWords(): Set<string> {
  if (techWords) return techWords;
  techWords = new Set();
  for (const group of SKILL_GROUPS) {
    for (const entry of group.entries) for (const part of entry.toLowerCase().split(/[^a-z]+/)) if (part.length >= MIN_LENGTH) techWords.add(part);
  }
  return techWords;
}

const PREFIXES = ['anti', 'auto', 'bio', 'co', 'counter', 'cross', 'cyber', 'de', 'dis', 'down', 'eco', 'electro', 'geo', 'hyper', 'infra', 'inter', 'intra', 'macro', 'mega', 'meta', 'micro', 'mid', 'mis', 'multi', 'nano', 'neuro', 'non', 'omni', 'out', 'over', 'poly', 'post', 'pre', 'pro', 're', 'self', 'semi', 'sub', 'super', 'tele', 'trans', 'tri', 'ultra', 'un', 'under', 'up'];
/** Derivational endings the dictionary lists for few stems ("scalable", "containerize", "tokenization"). */
const SUFFIXES = ['ability', 'ibility', 'able', 'ible', 'ifications', 'ification', 'izations', 'ization', 'isations', 'isation', 'ations', 'ation', 'ions', 'ion', 'izing', 'ising', 'ized', 'ised', 'izes', 'ises', 'ize', 'ise', 'ified', 'ifies', 'ify', 'ness', 'less', 'ful', 'ally', 'ly', 'ments', 'ment', 'ists', 'ist', 'ism', 'ity', 'ic', 'wise', 'like', 'ship', 'ware'];
/** Agent nouns ("bundler", "chunker", "embedder"): the final consonant of a short stem may double. */
const AGENT = ['ers', 'er'];
/**
 * Inflections of a stem the dictionary lacks or lists only as a noun ("templated", "geocoded",
 * "chunking"): the stem must be a word as written, never with a doubled consonant undone — the
 * dictionary lists every inflection of its verbs, so "developped" is a slip, not a form.
 */
const INFLECTIONS = ['ing', 'ed', 'es', 'd', 's'];

/**
 * A word the dictionaries lack but that is built from words they know: a prefix on a word
 * ("reskilled", "microservices"), a derivational ending on a stem ("scalable", "containerization"),
 * or two words joined ("codebase", "dataset"). Inflections (-ed, -ing, -s) are not stripped: the
 * dictionary lists every inflection of its words, so an unlisted one is a slip ("developped").
 */
function isDerived(lower: string, known: (w: string) => boolean, prefixed = false): boolean {
  if (bySuffix(lower, known) || byInflection(lower, known)) return true;
  if (prefixed) return false;
  for (const p of PREFIXES) {
    const rest = lower.slice(p.length);
    if (rest.length >= 4 && lower.startsWith(p) && (known(rest) || isDerived(rest, known, true))) return true;
  }
  for (let i = 3; i <= lower.length - 3; i++) if (known(lower.slice(0, i)) && known(lower.slice(i))) return true;
  return false;
}

/**
 * A word itself plus a derivational or agent ending ("scalable", "bundler"). One layer only: a stem
 * built of pieces ("gov" + "er" + "ment") is how slips look, not words.
 */
function bySuffix(lower: string, known: (w: string) => boolean): boolean {
  for (const s of SUFFIXES) {
    const stem = lower.slice(0, -s.length);
    if (stem.length < 4 || !lower.endsWith(s)) continue;
    // A silent e goes before a vowel only ("scalable" from scale; "arrangment" is no form of arrange).
    if (known(stem) || (/^[aeiouy]/.test(s) && known(`${stem}e`)) || (stem.endsWith('i') && known(`${stem.slice(0, -1)}y`))) return true;
  }
  for (const s of AGENT) {
    const stem = lower.slice(0, -s.length);
    if (stem.length < 3 || !lower.endsWith(s)) continue;
    // "embedder", "prepper"; not "barrer" (bar + r + er).
    const undoubled = stem.length >= 4 && /([bdgmnpt])\1$/.test(stem) ? stem.slice(0, -1) : '';
    if ((stem.length >= 4 && known(stem)) || known(`${stem}e`) || (undoubled && known(undoubled))) return true;
  }
  return false;
}

/** An inflection of a word or of a derived word ("templated", "bundlers"). */
function byInflection(lower: string, known: (w: string) => boolean): boolean {
  for (const s of INFLECTIONS) {
    const stem = lower.slice(0, -s.length);
    if (stem.length >= 4 && lower.endsWith(s) && (known(stem) || bySuffix(stem, known))) return true;
  }
  return false;
}

interface Span {
  start: number;
  end: number;
  /** Capitalised words are read at the span's start and after a sentence's end. */
  sentences: boolean;
  /**
   * A list of names and tools (a skills line): a word is flagged only as a slip of a common word
   * ("budget forcasting"), never of a rare one a tool's name happens to be near ("ncdu", "ncdum").
   */
  list?: boolean;
}

/** The stretches of prose the rule reads: bullets, summary and objective paragraphs, entry lines. */
function proseSpans(doc: ResumeDocument): Span[] {
  const out: Span[] = [];
  for (const b of doc.bullets) if (!SKIPPED_SECTIONS.has(b.section.kind)) out.push({ start: b.range.start, end: b.range.end, sentences: true, list: b.section.kind === 'skills' });
  // Entry lines (title, company, school, dates) are names and labels, often in the writer's own
  // language ("Analista de …"): not read.
  for (const s of doc.sections) {
    if (SKIPPED_SECTIONS.has(s.kind)) continue;
    // Paragraphs of a summary and lines of a skills list, line by line, in Markdown (elsewhere a
    // section's range holds keys and macros). A skills line opens with a label or a name: only its
    // lower-case words are read ("Strengths: teamwork, negotation").
    const skills = s.kind === 'skills';
    // In LaTeX only a line of plain words is read: no command, brace or comment ("proffesional experience in …").
    const latex = doc.format === 'latex';
    if ((s.kind !== 'summary' && s.kind !== 'objective' && !skills) || (doc.format && doc.format !== 'markdown' && !latex) || (latex && skills)) continue;
    const first = doc.lines.positionAt(s.headingRange?.end ?? s.range.start).line + (s.headingRange ? 1 : 0);
    const last = doc.lines.positionAt(s.range.end).line;
    for (let line = first; line <= last && line < doc.lines.lineCount; line++) {
      const start = doc.lines.lineStart(line);
      const end = Math.min(start + doc.lines.lineText(line).length, s.range.end);
      if (latex && !/^[^\\{}%$&#_^~]*$/.test(doc.lines.lineText(line))) continue;
      if (end > start && !/^\s*(?:[-*+]|\d+[.)])\s/.test(doc.lines.lineText(line))) out.push({ start, end, sentences: !skills, list: skills });
    }
  }
  return out;
}

/** Is the word at `at` the first of a sentence: only markup before it in its span, or a full stop? */
function opensSentence(text: string, from: number, at: number): boolean {
  const before = text.slice(Math.max(from, at - 40), at);
  // After a quotation mark or a bracket a capital opens a title or a name ("Queues at scale", a talk).
  if (at - from <= 40 && /^[\s*_>#]*$/.test(before)) return true;
  // A period after a short capitalised word or a letter ends an abbreviation ("Dr. Quillane", "e.g. Zorvex"), not a sentence.
  return /[.!?][\s*_]+$/.test(before) && !/(?:^|[^A-Za-z.])(?:[A-Z][a-z]{0,3}|[a-z](?:\.[a-z])*)\.[\s*_]+$/.test(before);
}

/** The word's shape rules it out: capitals inside, digits, dots, slashes, underscores, apostrophes other than a possessive. */
function plainWord(text: string): boolean {
  // ASCII letters only: an accented word is another language's or a name ("café", "Zoë").
  return /^[A-Z]?[a-z]+$/.test(text);
}

/** Function words of Spanish, Portuguese, French, German and Latin: a word beside one is in that language ("Taller de …", "per diem"). */
const FOREIGN_NEIGHBOURS = new Set(['per', 'de', 'del', 'da', 'do', 'dos', 'das', 'em', 'el', 'la', 'las', 'los', 'le', 'les', 'du', 'des', 'und', 'der', 'die', 'con', 'com', 'para', 'por', 'que', 'et', 'avec', 'sur', 'mit']);

/** Italic text (Markdown *…* or _…_, LaTeX \emph{…} or \textit{…}) holds titles, species, foreign words. */
const ITALIC = /(?<![*\w])\*(?!\*)[^*\n]+\*(?!\*)|(?<![_\w])_(?!_)[^_\n]+_(?![_\w])|\\(?:emph|textit)\{[^}\n]*\}/g;
function italicRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  ITALIC.lastIndex = 0;
  for (let m = ITALIC.exec(text); m; m = ITALIC.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Small words a title keeps in lower case ("Data Structures and Algorithms", "Ethics in Computing"). */
const TITLE_SMALL_WORDS = new Set(['and', 'of', 'in', 'for', 'to', 'the', 'a', 'an', 'on', 'with', '&']);

/**
 * A capitalised word inside a title made of ordinary words ("Advanced Algoritms", "Operating Sytems and
 * Networks" in a coursework line): the title's other capitalised words are common English words, so
 * it is not a name and a slip in it is a slip. The title is the words between commas, semicolons or
 * colons; it needs another capitalised word, and no word in it may be lower case except small words.
 */
function inTitleOfWords(text: string, ws: ReturnType<typeof words>, i: number): boolean {
  // A separator between word k-1 and word k ends the title; so does a line break (another item).
  const stop = (k: number) => /[,;:()\n.!?{}|—–]|\s-\s/.test(text.slice(ws[k - 1].end, ws[k].start));
  let first = i;
  while (first > 0 && !stop(first)) first--;
  let last = i;
  while (last + 1 < ws.length && !stop(last + 1)) last++;
  // A title opens with a capitalised word; "for Acme Butler Ltd." is a name inside a sentence.
  if (TITLE_SMALL_WORDS.has(ws[first].text) || /^(?:Ltd|Inc|LLC|Corp|Co|GmbH|Limited|Group|Holdings)$/.test(ws[last].text)) return false;
  let others = 0;
  for (let k = first; k <= last; k++) {
    if (k === i) continue;
    const t = ws[k].text;
    if (TITLE_SMALL_WORDS.has(t)) continue;
    if (!/^[A-Z][a-z]+$/.test(t) || !isCommonWord(t.toLowerCase())) return false;
    others++;
  }
  return others >= 1;
}

/**
 * Capitalised words the document also writes alone between commas ("…, Porus, Manchester, Jamaica"): a
 * place or a name, so the same word inside a name of ordinary words ("Porus Road Clinic") is that name,
 * not a slip in a title.
 */
function loneNames(text: string): Set<string> {
  const out = new Set<string>();
  // Item by item (a regular expression over the whole text would rescan long lines without commas).
  for (const line of text.split('\n')) {
    if (!/[,;]/.test(line)) continue;
    const items = line.split(/[,;()]/).map((t) => t.trim());
    for (let i = 1; i + 1 < items.length; i++) {
      if (!/^[A-Z][a-z]+$/.test(items[i])) continue;
      // Not in a list of skills ("Next.js, Typescipt, Solidity"): there a capitalised item is a tool's name, typos and all.
      const neighbours = [items[i - 1], items[i + 1]].map((t) => t.toLowerCase());
      if (neighbours.some((t) => t.split(/[^a-z]+/).some((part) => part.length >= MIN_LENGTH && taxonomyWords().has(part)))) continue;
      out.add(items[i]);
    }
  }
  return out;
}

/**
 * A maker's product line written in lower case, between the maker's name and a model number ("Roche
 * cobas c 311", "Acme flexo 200"): a brand, wherever the resume writes it.
 */
function productLineNames(text: string): Set<string> {
  const out = new Set<string>();
  // Read forward from a capitalised word's start (a lookbehind would rescan the text before every position).
  for (const m of text.matchAll(/\b[A-Z][A-Za-z]*[ \t]+([a-z]{4,})\b(?=[ \t]+(?:[a-z][ \t]+)?\d{2,}\b)/g)) out.add(m[1]);
  return out;
}

const titleCase = (w: string) => w[0].toUpperCase() + w.slice(1);
/** The vowel of an -able/-ible ending ("-able", "-ably", "-ability"), which the slip swaps. */
const ABLE_IBLE = /[ai](?=bl[ey]$|bilit(?:y|ies)$)/;

export const spelling: Rule = {
  id: 'spelling',
  category: 'spelling',
  defaultSeverity: 'info',
  description: 'Misspelled ordinary English words in bullets and summaries ("goverment" → "government"), with the dictionary\'s nearest words as suggestions.',
  docs: {
    why: 'A typo is the first thing a reviewer notices and the easiest to hold against you: it reads as carelessness, whatever the bullet says. A spell checker in a code editor is often off for Markdown, or drowns in technology names.',
    bad: '- Acheived a 30% cut in cloud spend by leading a seperate cost review.',
    good: '- Achieved a 30% cut in cloud spend by leading a separate cost review.',
  },
  check(doc, { lexicon, options }) {
    const masked = proseMaskedText(doc);
    const spans = protectedSpansOf(doc);
    const own = new Set((Array.isArray(options.words) ? options.words : []).filter((w): w is string => typeof w === 'string').map((w) => w.toLowerCase()));
    const tech = lexicon.techTerms;
    // A noun the dictionary lists only in the plural ("jitters", not "jitter") is a word in the singular too.
    const known = (w: string) => isEnglishWord(w) || isWordNetTerm(w) || isRareWord(w) || own.has(w) || Object.prototype.hasOwnProperty.call(tech, w) || taxonomyWords().has(w) || (w.length >= 5 && !w.endsWith('s') && isEnglishWord(`${w}s`));
    // Stems of derived words and parts of compounds: no names ("barrer" is not "Barr" + "er").
    const stem = (w: string) => isCommonWord(w) || own.has(w) || Object.prototype.hasOwnProperty.call(tech, w) || taxonomyWords().has(w);
    const verdicts = new Map<string, string[]>();
    const unknownWords = new Map<string, boolean>();
    /** Neither known nor derived (with a suggestion or not): the measure of how English the text is. */
    const unknown = (lower: string) => {
      let u = unknownWords.get(lower);
      if (u === undefined) unknownWords.set(lower, (u = !known(lower) && !isDerived(lower, stem)));
      return u;
    };
    let docChecked = 0;
    let docUnknown = 0;
    /** The suggestions for an unknown word; empty for a known, derived or hopeless one. */
    const suggestionsFor = (lower: string): string[] => {
      let s = verdicts.get(lower);
      if (s) return s;
      if (verdicts.size >= MAX_UNKNOWN) return [];
      // "-able" for "-ible" or the reverse ("responsable", "accessable", "dependible"): read as a derived
      // word ("response" + "able") it would pass, but the other ending makes a common word, so it is that slip.
      const swapped = ABLE_IBLE.test(lower) ? lower.replace(ABLE_IBLE, (v) => (v === 'a' ? 'i' : 'a')) : '';
      // A long word that reads as derived ("reconcile" + "-ation") is still a slip when a common word is that
      // word with a letter it dropped inside ("reconcilation" → "reconciliation"); a coined derivative
      // ("dockerization", "linter") has no such word.
      const droppedLetter = (w: string) => isCommonWord(w) && w.length === lower.length + 1 && w.slice(0, 3) === lower.slice(0, 3) && w.slice(-3) === lower.slice(-3);
      s = swapped && isCommonWord(swapped) && !isEnglishWord(lower) ? [swapped] : known(lower) ? [] : isDerived(lower, stem) ? (lower.length >= 9 ? nearWords(lower).filter(droppedLetter) : []) : nearWords(lower);
      verdicts.set(lower, s);
      return s;
    };
    const out: RuleFinding[] = [];
    const seen = new Set<number>();
    const flagged = new Set<number>();
    const names = loneNames(masked);
    const products = productLineNames(masked);
    for (const span of proseSpans(doc)) {
      if (span.end - span.start > MAX_SPAN || seen.has(span.start)) continue;
      seen.add(span.start);
      const text = masked.slice(span.start, span.end);
      const found: { range: OffsetRange; word: string; suggestions: string[] }[] = [];
      let checked = 0;
      let italics: [number, number][] | undefined;
      const ws = words(text);
      for (const [i, w] of ws.entries()) {
        // Hyphenated words are read part by part ("cross-functinal").
        const bare = w.text.endsWith('s') && /['’]s$/.test(w.text) ? w.text.slice(0, -2) : w.text;
        const parts = bare.includes('-') ? splitHyphens(bare, w.start) : [{ text: bare, start: w.start }];
        // Whether the word opens a sentence, asked only of a capitalised word (and once).
        let opens: boolean | undefined;
        const opensHere = () => (opens ??= !!span.sentences && opensSentence(masked, span.start, span.start + w.start));
        // "Ka-suung", "Rolls-Royce": a compound capitalised inside a sentence is a name, every part of it.
        if (parts.length > 1 && /^\p{Lu}/u.test(bare) && !opensHere()) continue;
        for (const p of parts) {
          if (p.text.length < MIN_LENGTH || !plainWord(p.text)) continue;
          const at = span.start + p.start;
          const capital = p.text.charCodeAt(0) < 97;
          if (capital && !(p.start === w.start && opensHere()) && !(p.start === w.start && !names.has(p.text) && inTitleOfWords(text, ws, i))) continue;
          const lower = capital ? p.text.toLowerCase() : p.text;
          if (products.has(lower)) continue;
          // Most words are words: they are counted and left before any of the checks below.
          if (known(lower)) {
            checked++;
            docChecked++;
            continue;
          }
          if (FOREIGN_NEIGHBOURS.has(ws[i - 1]?.lower ?? '') || FOREIGN_NEIGHBOURS.has(ws[i + 1]?.lower ?? '')) continue;
          // Beside an accented word ("Cédula profesional", "Técnico superior"): a phrase in another language.
          if (/[À-ÖØ-öø-ɏ]/.test(ws[i - 1]?.text ?? '') || /[À-ÖØ-öø-ɏ]/.test(ws[i + 1]?.text ?? '')) continue;
          italics ??= /[*_\\]/.test(text) ? italicRanges(text) : [];
          if (italics.some(([a, b]) => a <= w.start && w.end <= b)) continue;
          const prev = masked[at - 1] ?? '';
          const next = masked[at + p.text.length] ?? '';
          // A macro (\textbf), an entity (&nbsp;), a handle (@ana, #tag), a path (word/) is not prose; nor
          // is a piece of a word cut by markup ("**Q**uarterly", "{R}eview").
          if (/[\\@#$/.&]/.test(prev) || /[/@(]/.test(next)) continue;
          if (/[\p{L}\p{N}][*_{}[\]]+$/u.test(masked.slice(Math.max(0, at - 4), at)) || /^[*_{}[\]]+[\p{L}\p{N}]/u.test(masked.slice(at + p.text.length, at + p.text.length + 4))) continue;
          checked++;
          docChecked++;
          if (unknown(lower)) docUnknown++;
          const suggestions = suggestionsFor(lower);
          if (!suggestions.length || (span.list && wordBand(suggestions[0]) < 2)) continue;
          const range = { start: at, end: at + p.text.length };
          if (spans.touching(range)) continue;
          found.push({ range, word: p.text, suggestions: capital ? suggestions.map(titleCase) : suggestions });
        }
      }
      // Several slips among few words is another language or a jargon list, not typing.
      if (found.length >= 3 && found.length * 3 > checked) continue;
      for (const f of found) {
        // Spans may overlap (a summary line that is also a bullet): one finding per word.
        if (flagged.has(f.range.start)) continue;
        flagged.add(f.range.start);
        out.push(finding(f.range, f.word, f.suggestions));
      }
    }
    // A document where many words are unknown is written in another language (or is not prose).
    if (docChecked >= 20 && docUnknown * 5 > docChecked) return [];
    return withoutNamesElsewhere(out, doc.text, masked).sort((a, b) => a.range.start - b.range.start);
  },
};

function splitHyphens(text: string, start: number): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let at = 0;
  for (const part of text.split('-')) {
    out.push({ text: part, start: start + at });
    at += part.length + 1;
  }
  return out;
}

function finding(range: OffsetRange, word: string, suggestions: string[]): RuleFinding {
  const quoted = suggestions.map((s) => `"${s}"`);
  const list = quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}` : quoted[0];
  // Suggestions only, never applied by Fix All: a wrong guess changes the meaning.
  const fixes: Fix[] = suggestions.map((s) => ({ title: `Change to "${s}"`, isPreferred: false, safe: false, edits: [{ range, newText: s }] }));
  return { range, message: `"${word}" is not in the dictionary: did you mean ${list}?`, fixes };
}

/**
 * A word that also appears where prose is masked — in a link, an e-mail address, a handle, code — is a
 * name the writer uses (a company, a product, a project), not a slip.
 */
function withoutNamesElsewhere(found: RuleFinding[], text: string, masked: string): RuleFinding[] {
  if (!found.length) return found;
  const lowerText = text.toLowerCase();
  const lowerMasked = masked.toLowerCase();
  const count = (hay: string, needle: string) => {
    let n = 0;
    for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) n++;
    return n;
  };
  const verdict = new Map<string, boolean>();
  return found.filter((f) => {
    const word = text.slice(f.range.start, f.range.end).toLowerCase();
    let keep = verdict.get(word);
    if (keep === undefined) verdict.set(word, (keep = count(lowerText, word) === count(lowerMasked, word)));
    return keep;
  });
}
