// Filler words: length without meaning ("Successfully migrated", "a very large"). A style matter —
// the rubric never calls a bullet vague for a filler alone. The fix deletes the word and is safe only
// when the sentence stays grammatical: no empty brackets, doubled spaces, dangling commas or a
// lower-case start. Fixed phrases ("the very first", a capitalised name) are left alone.
import type { Bullet } from '../document/types';
import type { Fix, Rule, RuleFinding } from '../types';
import { CONJUNCTIONS, PREPOSITIONS } from '../nlp/word-classes';
import { readVerb } from '../nlp/verbs';
import { findPhrases } from '../text/words';
import { spelledOutBefore } from '../text/acronyms';
import { INFORMAL_FILLERS, VAGUE_TAIL_CONTINUATION } from '../lexicon/fillers';
import { bulletFinding, proseLines, replaceInBullet } from './util';

/** Sections whose paragraphs are the writer's own prose: a filler pads them as it pads a bullet. */
const PROSE_SECTIONS = new Set(['summary', 'objective']);

/** "the very first", "this very moment": "very" means "exact" there, not "much". */
function inFixedPhrase(text: string, start: number, end: number, phrase: string): boolean {
  if (/^\p{Lu}/u.test(text.slice(start)) && start > 0 && !/[.!?:;]\s*$/.test(text.slice(0, start))) return true; // part of a name
  if (phrase === 'very' && /\b(?:the|this|that|its|their|his|her)\s+$/i.test(text.slice(0, start))) return true;
  // "dashboards that managers actually open": inside a clause "actually" stresses a contrast, which is
  // the claim; only as a sentence's opener ("Actually I …", a false friend of "currently") is it padding.
  if (phrase === 'actually' && start > 0 && !/[.!?:;]\s*$/.test(text.slice(0, start))) return true;
  // "Actually support the team with …": opening a line before a verb in the present it is the false friend
  // of "currently" (Spanish "actualmente"), which regional-english reports; deleting it loses the time.
  // So at a later sentence's start before an -ing form ("… analysis. Actually working as Data Analyst at …").
  if (phrase === 'actually' && (start === 0 || /[.!?]\s+$/.test(text.slice(0, start)))) {
    const next = /^\s+([a-z]+)\b/.exec(text.slice(end))?.[1];
    if (next && ['base', 'third', 'gerund'].includes(readVerb(next)?.form ?? '')) return true;
  }
  // "quite a few", "quite a lot": a quantity idiom, not a hedge ("a few" alone means fewer).
  if (phrase === 'quite' && /^\s+an?\s+(?:few|lot|bit|number|while|handful|deal)\b/i.test(text.slice(end))) return true;
  if (phrase === 'very' && isGradeName(text, start, end)) return true;
  if (spellsOutAcronym(text, start)) return true;
  return /^\s*-/.test(text.slice(end)); // "very-high-frequency": inside a compound
}

/**
 * "very high frequency (VHF)", "Very Large Scale Integration (VLSI)": the word opens a term whose
 * initials the acronym in brackets after it spells. It is part of the term's name, not padding.
 */
function spellsOutAcronym(text: string, start: number): boolean {
  const m = /^((?:[\p{L}]+[\s-]+){1,5}?)\(([A-Z]{2,6})s?\)/u.exec(text.slice(start));
  return !!m && spelledOutBefore(text, start + m[1].length, m[2])?.start === start;
}

/**
 * "grade: 5.0, very good", "GPA 8.6/10 (Very Good)", "Very Good classification": many grading scales
 * name a grade "very good"; deleting "very" there lowers the grade. So do skill and language levels.
 */
function isGradeName(text: string, start: number, end: number): boolean {
  if (!/^\s+good\b/i.test(text.slice(end))) return false;
  // "MS Office (very good)", "English (very good, IELTS 7.5)": a level rated in brackets after what is rated.
  if (/\S\s*\(\s*$/.test(text.slice(0, start))) return true;
  if (/^\s+good\s+(?:classification|grade|standing|degree|honou?rs|mark|result)\b/i.test(text.slice(end))) return true;
  const before = text.slice(Math.max(0, start - 40), start);
  return /\b(?:grades?|gpa|cgpa|marks?|score|classification|honou?rs|distinction|result)\b|\d(?:[.,]\d+)?\s*(?:\/\s*\d+)?\s*[,(:–-]?\s*$/i.test(before);
}

/** The bullet text after deleting [start, end), with the space beside it and a capital carried over. */
function deletion(text: string, start: number, end: number): { start: number; end: number; newText: string } {
  // At a sentence's start ("Very …", "3. Very …", "… done. Very …") the next word takes the capital.
  if (start === 0 || /(?:[.!?]|^\s*\d+[.)])\s+$/.test(text.slice(0, start))) {
    let e = end;
    while (text[e] === ' ') e++;
    const next = text[e] ?? '';
    return { start, end: e + (next ? 1 : 0), newText: next.toUpperCase() };
  }
  if (text[end] === ' ') return { start, end: end + 1, newText: '' };
  if (text[start - 1] === ' ') return { start: start - 1, end, newText: '' };
  return { start, end, newText: '' };
}

/** Would the edited text still read as a sentence? */
function grammatical(before: string, after: string): boolean {
  const broken = (s: string) => {
    const out: string[] = [];
    if (/\(\s*\)|\[\s*\]/.test(s)) out.push('empty brackets');
    if (/ {2}/.test(s.trim())) out.push('double space');
    if (/,\s*[,.;:)]|\(\s*,|^\s*,|,\s*$/.test(s)) out.push('dangling comma');
    if (/^\s*\p{Ll}/u.test(s)) out.push('lower-case start');
    return out;
  };
  const had = new Set(broken(before));
  return broken(after).every((b) => had.has(b));
}

/**
 * Where deleting the word can change the claim, so the deletion is only a suggestion: after a
 * negation ("not very large", "not quite done", "never really shipped" — the degree is the claim),
 * and "effectively" before what it modifies, where it hedges ("effectively doubled", "was
 * effectively the lead" mean "in effect", not "with effect"; "communicated effectively" is manner).
 */
function canChangeMeaning(text: string, start: number, end: number, phrase: string): boolean {
  // "n't" is glued to its verb ("didn't"), so it has no word boundary before it.
  if (/(?:\b(?:not|never|no|hardly|barely)|n['’]t)\s+$/i.test(text.slice(0, start))) return true;
  // "to effectively triage" is manner inside an infinitive, and so is one closing its verb phrase
  // before a preposition or a conjunction ("communicated effectively with …"); before another word it may hedge.
  if (phrase !== 'effectively' || /\bto\s+$/i.test(text.slice(0, start))) return false;
  const next = /^\s+([\p{L}\p{N}][\p{L}\p{N}'-]*)/u.exec(text.slice(end))?.[1].toLowerCase();
  return !!next && !PREPOSITIONS.has(next) && !CONJUNCTIONS.has(next) && next !== 'of';
}

/** The end of a vague tail with what it drags along ("and stuff like that", "and so on and so forth"). */
function vagueTailEnd(text: string, end: number): number {
  for (let m = VAGUE_TAIL_CONTINUATION.exec(text.slice(end)); m; m = VAGUE_TAIL_CONTINUATION.exec(text.slice(end))) end += m[0].length;
  return end;
}

/**
 * "Very successfully", "really effectively": fillers side by side are one finding with one deletion —
 * deleting either alone leaves the other stranded ("Very reduced costs"), and two edits would overlap.
 */
function adjacentJoined<M extends { start: number; end: number; phrase: string }>(text: string, found: M[]): M[] {
  const out: M[] = [];
  for (const m of found) {
    const last = out[out.length - 1];
    if (last && /^\s+$/.test(text.slice(last.end, m.start))) out[out.length - 1] = { ...last, end: m.end, phrase: `${last.phrase} ${m.phrase}` };
    else out.push(m);
  }
  return out;
}

function fillerMessage(shown: string, phrase: string): string {
  return `"${shown}" ${/\s/.test(phrase) ? 'are filler words: delete them' : 'is a filler word: delete it'} and let the result speak.`;
}

function fixFor(bullet: Bullet, start: number, end: number, phrase: string): Fix[] {
  const d = deletion(bullet.text, start, end);
  const after = bullet.text.slice(0, d.start) + d.newText + bullet.text.slice(d.end);
  const fix = replaceInBullet(bullet, d.start, d.end, d.newText, `Delete "${phrase}"`);
  if (!grammatical(bullet.text, after)) return [];
  return canChangeMeaning(bullet.text, start, end, phrase) ? [fix] : [{ ...fix, safe: true, isPreferred: true }];
}

export const fillerWord: Rule = {
  id: 'filler-word',
  category: 'style',
  defaultSeverity: 'info',
  description: 'Words such as "successfully", "very" or "seamlessly" that add length but no meaning.',
  docs: {
    why: 'Every word on a one-page resume competes for a reader’s six seconds. Fillers dilute the verb and the result; a result that happened was, by definition, successful.',
    bad: 'Successfully migrated a very large PostgreSQL database to AWS RDS.',
    good: 'Migrated a 2 TB PostgreSQL database to AWS RDS with 4 minutes of downtime.',
  },
  fixable: true,
  check(doc, { lexicon }) {
    const out: RuleFinding[] = [];
    for (const bullet of doc.bullets) {
      for (const m of adjacentJoined(bullet.text, findPhrases(bullet.text, lexicon.fillers).filter((m) => !inFixedPhrase(bullet.text, m.start, m.end, m.phrase)))) {
        const shown = bullet.text.slice(m.start, m.end);
        out.push({ ...bulletFinding(bullet, m.start, m.end, fillerMessage(shown, m.phrase), fixFor(bullet, m.start, m.end, m.phrase)), unnecessary: true });
      }
      let covered = -1;
      for (const found of findPhrases(bullet.text, INFORMAL_FILLERS)) {
        // "and so forth" inside "and so on and so forth": already part of the run before it.
        if (found.start < covered) continue;
        // "a lot of tickets", "a lot more": the amount of a noun or a comparison, not a filler on its own.
        if (found.phrase === 'a lot' && /^\s+(?:of|more|less|fewer|better|faster)\b/i.test(bullet.text.slice(found.end))) continue;
        // "100% of a lot", "per a lot": after "of" or "per" a lot is a thing counted, a production batch.
        if (found.phrase === 'a lot' && /\b(?:of|per)\s+$/i.test(bullet.text.slice(0, found.start))) continue;
        const m = found.phrase === 'a lot' ? found : { ...found, end: vagueTailEnd(bullet.text, found.end) };
        covered = m.end;
        const shown = bullet.text.slice(m.start, m.end);
        const d = deletion(bullet.text, m.start, m.end);
        const after = bullet.text.slice(0, d.start) + d.newText + bullet.text.slice(d.end);
        // Deleting loses the hint that there was more: offered, not applied by Fix All.
        const fixes = grammatical(bullet.text, after) ? [replaceInBullet(bullet, d.start, d.end, d.newText, `Delete "${shown}"`)] : [];
        const what = m.phrase === 'a lot' ? 'say how much, or delete it' : 'name what it stands for, or delete it';
        out.push(bulletFinding(bullet, m.start, m.end, `"${shown}" is an informal filler: ${what}.`, fixes));
      }
    }
    // The summary's paragraph: the same words, the deletion offered (a paragraph may carry Markdown).
    for (const range of proseLines(doc, PROSE_SECTIONS)) {
      const text = doc.text.slice(range.start, range.end);
      for (const m of adjacentJoined(text, findPhrases(text, lexicon.fillers).filter((m) => !inFixedPhrase(text, m.start, m.end, m.phrase)))) {
        const shown = text.slice(m.start, m.end);
        const d = deletion(text, m.start, m.end);
        const after = text.slice(0, d.start) + d.newText + text.slice(d.end);
        // Mid-line, the word after a deleted sentence opener must already start the sentence in capitals.
        const opensSentence = m.start > 0 && /[.!?]\s*$/.test(text.slice(0, m.start));
        const ok = grammatical(text, after) && !(opensSentence && /^\p{Ll}/u.test(text.slice(d.end)));
        const fixes = ok ? [{ title: `Delete "${shown}"`, edits: [{ range: { start: range.start + d.start, end: range.start + d.end }, newText: d.newText }] }] : [];
        out.push({ range: { start: range.start + m.start, end: range.start + m.end }, message: fillerMessage(shown, m.phrase), fixes, unnecessary: true });
      }
    }
    return out;
  },
};
