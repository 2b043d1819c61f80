// First-person pronouns in bullets and the summary: "I", "me", "my", "we", "our". Resumes are
// written in an implied first person ("Built …", not "I built …"). Matching is case-sensitive, so the
// "US" of a country and the "IT" of a department are never pronouns.
import type { ResumeDocument } from '../document/types';
import type { Rule, RuleFinding } from '../types';
import { words, type Word } from '../text/words';
import { capitalize } from '../text/inflect';
import { bulletFinding, replaceInBullet } from './util';
import { proseMaskedText } from './source-scan';
import { nameVariantsOn } from './tech-name-variants';

/**
 * Words after "my"/"our" that make the possessive part of the meaning: "my first marathon", "on my own
 * time", "my last year", "my only …", "my favourite …". "the first marathon" is another claim, so no fix.
 */
// The people one has ("my friend", "my sister") too: "the friend" names someone the reader has not met.
const POSSESSIVE_BOUND = /^(?:own|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|next|only|very|favou?rite|best|worst|\d+(?:st|nd|rd|th)|friends?|family|wife|husband|spouse|partner|sons?|daughters?|brothers?|sisters?|mother|father|mom|dad|parents|kids|children|roommates?|cousins?)$/;

const PRONOUNS = new Set([
  'I', "I'm", 'I’m', "I've", 'I’ve', "I'd", 'I’d', "I'll", 'I’ll', 'me', 'Me', 'my', 'My', 'myself', 'Myself',
  'we', 'We', "we're", "We're", 'we’re', 'We’re', "we've", "We've", 'we’ve', 'We’ve', 'us', 'Us', 'our', 'Our', 'ours',
  'ourselves',
]);
/**
 * "We built" hides whose work it was; "for our clients", "between us", "Our team was placed 1st"
 * do not claim work at all. Plural pronouns are findings only as the subject of a claim: "we" (and
 * its contractions) anywhere, "our" only opening a sentence ("Our team built …"). "us", "ours" and
 * "ourselves" are objects, never a finding.
 */
function isPluralClaim(text: string, ws: readonly Word[], i: number): boolean {
  const w = ws[i].text.toLowerCase().replace('’', "'");
  if (w === 'us' || w === 'ours' || w === 'ourselves') return false;
  if (w !== 'our') return true;
  const before = text.slice(0, ws[i].start).trimEnd();
  return (before === '' || /[.!?:;]$/.test(before)) && !!ws[i + 1] && ws[i + 1].lower === 'team' && isVerbAfterTeam(ws[i + 2]?.lower);
}

/** "Our team built …": a verb-like word after the subject (not "Our team was placed 1st", a result). */
function isVerbAfterTeam(word: string | undefined): boolean {
  return !!word && /(?:ed|t)$/.test(word) && !['was', 'were', 'placed', 'ranked', 'won'].includes(word);
}

/** A question is a title ("Why should we …?"), not a claim about the writer. */
function inQuestion(text: string, at: number): boolean {
  const end = text.slice(at).search(/[.!?](?=[\s)}\]"'”’*_]|$)/);
  return end >= 0 && text[at + end] === '?';
}

/**
 * "“Why we moved to queues”", "talk: "How I learned to love types"": a pronoun inside double quotes
 * is part of a quoted title (a post, a talk, a paper), someone's words, not the writer's prose.
 */
function inQuotes(text: string, at: number): boolean {
  const re = /"[^"\n]+"|“[^”\n]+”/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > at) return false;
    if (at < m.index + m[0].length) return true;
  }
  return false;
}

/**
 * Source ranges of Markdown link texts ("[Why we moved to queues](https://…)"): the text of a link
 * names what it points to, most often a title, not a claim the writer makes.
 */
function linkTextRanges(source: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /\[([^\]\n]+)\]\([^)\s]+(?:\s+"[^"]*")?\)/g;
  const slice = source.slice(from, to);
  for (let m = re.exec(slice); m; m = re.exec(slice)) out.push({ start: from + m.index + 1, end: from + m.index + 1 + m[1].length });
  return out;
}

/** Whether the pronoun at word i is a finding (not a Roman numeral, not a non-claiming plural, not in a question or a quoted title). */
function isFinding(text: string, ws: readonly Word[], i: number): boolean {
  const w = ws[i].text;
  if (!PRONOUNS.has(w) || isRomanNumeral(text, ws, i) || inQuestion(text, ws[i].start) || inQuotes(text, ws[i].start) || inTechName(text, ws, i)) return false;
  const lower = w.toLowerCase();
  if (lower.startsWith('we') || lower.startsWith('our') || lower === 'us') return isPluralClaim(text, ws, i);
  return true;
}

/**
 * "SQL (My SQL, SQL Server)": a capital "My" inside a sentence is no pronoun (that would be "my"); when
 * it starts a product's name written apart (tech-spelling's finding), it is the name.
 */
function inTechName(text: string, ws: readonly Word[], i: number): boolean {
  if (ws[i].text !== 'My' || !ws[i + 1]) return false;
  const before = text.slice(0, ws[i].start).trimEnd();
  if (!before || /[.!?:;]$/.test(before)) return false;
  // "students in My Tho (Tiền Giang)": a capital "My" before another capitalised word inside a sentence
  // opens a name; the pronoun there would be written "my".
  if (/^\p{Lu}/u.test(ws[i + 1].text) && /^[ \t]+$/.test(text.slice(ws[i].end, ws[i + 1].start))) return true;
  return nameVariantsOn(text, ws).some((v) => v.start <= ws[i].start && ws[i].end <= v.end);
}

/** Words that follow a numbered name's numeral, never the pronoun "I". */
const NUMERAL_FOLLOWER = new Set(['of', 'in', 'for', 'to', 'at', 'on', 'with', 'from', 'the', 'a', 'an', 'exam', 'course', 'certificate', 'level']);

/** After a leading "I", these make "drop the I" wrong ("I am", "I was responsible"). */
const AUXILIARIES = new Set(['am', 'was', 'have', 'had', 'do', 'did', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must']);

/**
 * "Programming I", "Physics I with Lab": an "I" right after a capitalised word in the same phrase is
 * a course or part number. Sentence-initial words do not count ("Then I built" is rare in a bullet;
 * "Designed I…" never happens).
 */
function isRomanNumeral(text: string, ws: readonly Word[], i: number): boolean {
  if (ws[i].text !== 'I') return false;
  // "English A (I), Mathematics (II)": a grade or a part in brackets alone; a pronoun never stands so.
  if (text[ws[i].start - 1] === '(' && text[ws[i].end] === ')') return true;
  // "Pharmacotherapy I–III", "Calculus I/II": a range or pair of numerals written tight.
  if (/^[–—/-][IVX]+\b/.test(text.slice(ws[i].end))) return true;
  // "Econometrics I & II", "Physics I and II": a numeral paired with the next one; a pronoun is never so.
  if (/^\s*(?:&|\+|and|or)\s*(?:II|III|IV)\b/.test(text.slice(ws[i].end))) return true;
  if (i === 0) return false;
  // "… to Halifax I have built": an auxiliary or a past form after it makes it the subject.
  // (Only a word right after it: "Part I: scheduled for May" ends the name at the colon.)
  const next = ws[i + 1] && /^[ \t]+$/.test(text.slice(ws[i].end, ws[i + 1].start)) ? ws[i + 1].lower : undefined;
  if (next && (AUXILIARIES.has(next) || /^\p{Ll}{2,}ed$/u.test(ws[i + 1].text))) return false;
  const prev = ws[i - 1];
  if (!/^\p{Lu}/u.test(prev.text) || !/^\s+$/.test(text.slice(prev.end, ws[i].start))) return false;
  // "Phase I of a 3-phase plan", "Level I, then Level II": after a capitalised word, an "I" followed by a
  // preposition or a break is a number even at the sentence's start; the pronoun takes a verb.
  if ((next && NUMERAL_FOLLOWER.has(next)) || /^[,;:)]/.test(text.slice(ws[i].end))) return true;
  // "Econometrics I and Statistics II": a numeral paired with another course's numeral.
  if ((next === 'and' || next === 'or') && /\b(?:II|III|IV)\b/.test(text.slice(ws[i].end))) return true;
  // The previous word starts its sentence: "Then I built" — a pronoun.
  const before = text.slice(0, prev.start).trimEnd();
  return before.length > 0 && !/[.!?:;]$/.test(before);
}

function advice(word: string): string {
  const w = word.toLowerCase().replace('’', "'");
  if (w.startsWith('we') || w === 'us' || w.startsWith('our')) {
    return `"${word}" blurs what you did with what the team did: name your part ("Designed …", "the team").`;
  }
  return `First-person "${word}": resumes are written without pronouns; start with the verb.`;
}

function summaryFindings(doc: ResumeDocument, out: RuleFinding[]): void {
  const masked = proseMaskedText(doc);
  const scan = (from: number, body: string) => {
    const ws = words(body);
    const links = linkTextRanges(doc.text, from, from + body.length);
    for (const [i, w] of ws.entries()) {
      if (links.some((l) => from + w.start >= l.start && from + w.start < l.end)) continue;
      if (isFinding(body, ws, i)) out.push({ range: { start: from + w.start, end: from + w.end }, message: advice(w.text) });
    }
  };
  for (const section of doc.sections) {
    if (section.kind === 'header') {
      for (const p of introParagraphs(masked, section.headingRange?.end ?? section.range.start, section.range.end)) scan(p.start, masked.slice(p.start, p.end));
      continue;
    }
    if (section.kind !== 'summary' && section.kind !== 'objective') continue;
    // The text under the heading. In LaTeX, after the heading's whole source line: the heading range the
    // parse gives is not the title's place in "\section{About me}", and "me" there is a title's word.
    const headingLine = section.headingRange && doc.format === 'latex' ? doc.lines.positionAt(section.headingRange.start).line : undefined;
    const lineEnd = headingLine === undefined ? 0 : doc.lines.lineStart(headingLine) + doc.lines.lineText(headingLine).length;
    const from = Math.min(section.range.end, Math.max(section.headingRange?.end ?? section.range.start, lineEnd));
    scan(from, masked.slice(from, section.range.end));
  }
}

/**
 * Paragraphs of running prose under the name, before the first section: an untitled summary ("Since
 * joining my current company, I have …"). A paragraph counts when it has at least 10 words and ends a
 * sentence; contact lines, a title line and headings do not.
 */
function introParagraphs(masked: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const body = masked.slice(start, end);
  // Lines of text; a Pandoc div fence ("::: {.profile}") bounds a paragraph as a blank line does.
  const re = /(?<![^\n])(?!\s*:{3,})[^\n\r]+(?:\r?\n(?!\s*:{3,})[^\n\r]+)*/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    // A setext underline right under the paragraph ("I am a … apps.\n----") makes it a heading when
    // rendered (renders-wrongly says so); the words are still the writer's summary.
    const paragraph = m[0].replace(/\r?\n[ \t]*(?:-{2,}|={2,})[ \t]*$/, '');
    const text = paragraph.trim();
    if (/^(?:#|<|\||[-*+] )/.test(text) || words(text).length < 10 || !/[.!?]["”’)]?$/.test(text)) continue;
    out.push({ start: start + m.index, end: start + m.index + paragraph.length });
  }
  return out;
}

export const firstPerson: Rule = {
  id: 'first-person',
  category: 'style',
  defaultSeverity: 'warning',
  description: 'First-person pronouns ("I", "my", "we", "our") in bullets and the summary.',
  docs: {
    why: 'Resume convention drops the pronoun: every bullet is about you, so "I" is implied and only costs space. "We" and "our" are worse: they hide which part of the work was yours.',
    bad: 'I built our internal deployment dashboard in React.',
    good: 'Built an internal deployment dashboard in React used by 30 engineers.',
  },
  fixable: true,
  check(doc) {
    const out: RuleFinding[] = [];
    for (const bullet of doc.bullets) {
      if (bullet.section.kind === 'summary' || bullet.section.kind === 'objective') continue; // scanned as text below
      const ws = words(bullet.text);
      const links = linkTextRanges(doc.text, bullet.range.start, bullet.range.end);
      ws.forEach((w, i) => {
        if (!isFinding(bullet.text, ws, i)) return;
        const at = bullet.offsets[w.start];
        if (links.some((l) => at >= l.start && at < l.end)) return;
        const fixes = [];
        const next = ws[i + 1];
        if (i === 0 && w.text === 'I' && next && !AUXILIARIES.has(next.lower) && bullet.text.slice(w.end, next.start) === ' ') {
          // "I built X" → "Built X": form only, so safe. Not before a name written with inner capitals ("I iOS…").
          const fix = replaceInBullet(bullet, w.start, next.start + 1, capitalize(next.text[0]), 'Drop "I"', true);
          fixes.push(/^\p{Ll}[\p{Ll}'’-]*$/u.test(next.text) ? { ...fix, safe: true } : { ...fix, isPreferred: false });
        } else if (['my', 'our', 'Our'].includes(w.text) && next && !POSSESSIVE_BOUND.test(next.lower)) {
          const the = w.text === 'Our' ? 'The' : 'the';
          fixes.push(replaceInBullet(bullet, w.start, w.end, the, `Replace "${w.text}" with "${the}"`));
        }
        out.push(bulletFinding(bullet, w.start, w.end, advice(w.text), fixes));
      });
    }
    summaryFindings(doc, out);
    return out;
  },
};
