// Identical or near-identical bullets anywhere in the resume (after normalising case, punctuation,
// Markdown and articles). Exact copies are grouped by a hash; near copies are compared by word-pair
// overlap, with candidates drawn from an index of word pairs so a long document stays linear.
import { visibleText } from '../text/visible';
import type { Bullet, ResumeDocument } from '../document/types';
import type { Fix, Rule, RuleFinding } from '../types';
import { bulletFinding, numberOption } from './util';
import { deleteLinesEdit, linesOf } from './source-scan';
import { knownVerbs, openingVerb } from './opening-verb';
import { readVerb } from '../nlp/verbs';
import { isNarrativeKind } from '../document/parse';
import { SMALL_NUMBER_VALUES } from '../lexicon/units';

/** "Supervisor: …", "Company: …", "Tech stack: …": a label and its value. */
const LABEL_LINE = /^\s*[\p{L}][\p{L}\p{N} &/+.'’-]{0,30}:\s/u;
/** Three or more comma-separated phrases of at most three words each: a list, not a sentence. */
function isPhraseList(text: string): boolean {
  const parts = text.split(/[,;]|\band\b/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 3 || !parts.every((p) => p.split(/\s+/).length <= 3)) return false;
  // A part led by a past-tense verb makes a sentence ("Read and updated drawings and schedules").
  return !parts.some((p) => opensPast(p));
}
/** Opens with a past-tense verb of any kind ("Carried out…"), not only the action verbs a bullet should open with. */
function opensPast(text: string): boolean {
  return readVerb(/^\s*([\p{L}'’-]+)/u.exec(text)?.[1] ?? '')?.form === 'past';
}
const ARTICLES = new Set(['a', 'an', 'the']);
/** Candidates per word pair: enough to find the copy, bounded so common pairs do not make it quadratic. */
const BUCKET_LIMIT = 24;

function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^\p{L}\p{N}+#%$.]+/u)
    .map((t) => t.replace(/^\.+|\.+$/g, ''))
    .filter((t) => t && !ARTICLES.has(t))
    // Numbers written as words read as their digits: "five sections" and "5 sections" say the same.
    .map((t) => String(SMALL_NUMBER_VALUES.get(t) ?? t));
}

function pairs(ts: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < ts.length; i++) out.add(`${ts[i]} ${ts[i + 1]}`);
  return out;
}

/** Words that join a sentence's content ("project about/of notes", "using/with BERT"): swapping one for
 * another rewords a bullet without changing what it says. */
const LINKING = new Set(['of', 'about', 'on', 'in', 'into', 'for', 'to', 'with', 'using', 'via', 'by', 'from', 'at', 'and', 'or', '&', 'as', 'through', 'across', 'within', 'over', 'under']);

/** The word pairs of the content words alone, when there are enough of them to tell a copy. */
function contentPairs(ts: string[]): Set<string> | undefined {
  const content = contentWords(ts);
  return content.length >= 5 ? pairs(content) : undefined;
}

function contentWords(ts: string[]): string[] {
  return ts.filter((t) => !LINKING.has(t));
}

/** A word's form for comparing copies: a plural reads as its singular ("subgrades", "subgrade"). */
function stem(t: string): string {
  return t.length > 4 && /[^s]s$/.test(t) ? t.slice(0, -1) : t;
}

/** The same word, allowing one slip of the keyboard in a long one ("seive" for "sieve"): one letter
 * changed, added, dropped or two neighbours swapped. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5 || a[0] !== b[0] || Math.abs(a.length - b.length) > 1 || /\d/.test(a + b)) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length && a[i + 1] === b[i] && a[i] === b[i + 1] && a.slice(i + 2) === b.slice(i + 2)) return true;
  return a.slice(i + (a.length >= b.length ? 1 : 0)) === b.slice(i + (b.length >= a.length ? 1 : 0));
}

/** Content words at most one word apart, in order (one word changed, added or dropped): the same bullet
 * written again for another audience or with one detail more ("weekly report" / "weekly loss-ratio
 * report"). Word pairs miss this, one word changed breaking two pairs of few. Seven content words at
 * least: in a shorter bullet the one word may be the whole claim ("a REST API for the billing service"
 * and one "for the inventory service" are two APIs). */
function oneWordApart(a: string[], b: string[]): boolean {
  if (Math.min(a.length, b.length) < 7 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && sameWord(a[i], b[i])) i++;
  let j = a.length - 1;
  let k = b.length - 1;
  while (j >= i && k >= i && sameWord(a[j], b[k])) j--, k--;
  return j - i < 1 && k - i < 1;
}

/**
 * The same bullet again with a few words more at its end or start ("Served customers and operated the
 * cash register" / "… during busy hours"): all of the shorter one's content words, in order, open or
 * close the longer one, which adds at most four. Four content words at least in the shorter one.
 */
function extendedBy(shorter: string[], longer: string[]): boolean {
  if (shorter.length < 4 || longer.length <= shorter.length || longer.length - shorter.length > 4) return false;
  const at = (offset: number) => shorter.every((w, i) => sameWord(w, longer[offset + i]));
  return at(0) || at(longer.length - shorter.length);
}

/**
 * Within one entry, the same duty written twice in other words or order ("Wrote unit and integration
 * tests" / "Wrote unit tests and integration tests", "Made monthly KPI reports for management" /
 * "Prepared monthly KPI report for the management team"): every content word of the shorter, after
 * its opening verb, is in the longer, which adds at most four. Three such words at least.
 */
function restatedIn(shorter: string[], longer: string[]): boolean {
  const { own, other, shared } = afterOpening(shorter, longer);
  if (own.size < 3 || own.size > other.size || other.size - own.size > 4) return false;
  return shared === own.size;
}

/** The content words of each after its opening verb, and how many of the first's the second has too. */
function afterOpening(a: string[], b: string[]): { own: Set<string>; other: Set<string>; shared: number } {
  const own = new Set(a.slice(1));
  const other = new Set(b.slice(1));
  const shared = [...own].filter((w) => [...other].some((o) => sameWord(w, o))).length;
  return { own, other, shared };
}

/**
 * Within one entry, the same duty with the same opening verb written twice, each time with a detail or
 * two of its own ("Assisted technicians in the installation of solar systems in rural areas of X
 * district" / "Assisted the technicians in installation of solar systems for 40 households in X
 * district"): five content words shared, and each has at most two the other lacks.
 */
function overlapsWithSameVerb(a: string[], b: string[]): boolean {
  if (!a.length || !b.length || !sameWord(a[0], b[0])) return false;
  const { own, other, shared } = afterOpening(a, b);
  return shared >= 5 && own.size - shared <= 2 && other.size - shared <= 2;
}

function dice(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const p of a) if (b.has(p)) shared++;
  return (2 * shared) / (a.size + b.size || 1);
}

/** Deletes a list item or glyph line, unless nested items hang under it. */
function deleteBulletFix(doc: ResumeDocument, bullet: Bullet): Fix | undefined {
  if (bullet.source === 'table') return undefined;
  const { from } = linesOf(doc, bullet.markerRange ?? bullet.range);
  const { to } = linesOf(doc, bullet.range);
  const indent = (line: number) => /^[ \t]*/.exec(doc.lines.lineText(line))![0].length;
  const nextLine = to + 1;
  if (nextLine < doc.lines.lineCount && doc.lines.lineText(nextLine).trim() && indent(nextLine) > indent(from)) return undefined;
  return { title: 'Delete this duplicate bullet', isPreferred: true, edits: [deleteLinesEdit(doc, from, to)] };
}

export const duplicateBullet: Rule = {
  id: 'duplicate-bullet',
  category: 'style',
  defaultSeverity: 'warning',
  description: 'Bullets that repeat another bullet of the resume word for word or nearly so.',
  docs: {
    why: 'A repeated bullet is usually a copy-paste left over from tailoring. Reviewers notice, and it spends space that a different achievement could use.',
    bad: '- Reduced API latency by 40% with a Redis cache.\n- …\n- Reduced API latency by 40% using a Redis cache.',
    good: '- Reduced API latency by 40% with a Redis cache.\n- …\n- Cut cloud spend by $3K/month by right-sizing 12 EC2 instances.',
  },
  fixable: true,
  check(doc, { options, lexicon }) {
    const threshold = numberOption(options, 'similarity', 0.85);
    const minWords = numberOption(options, 'minWords', 4);
    const verbs = knownVerbs(lexicon);
    const out: RuleFinding[] = [];
    const firstByKey = new Map<string, Bullet>();
    const uniques: { bullet: Bullet; pairs: Set<string>; content?: Set<string>; words: string[]; wordsComparable: boolean }[] = [];
    const index = new Map<string, number[]>();
    const line = (b: Bullet) => doc.lines.positionAt(b.range.start).line + 1;
    let run: { finding: RuleFinding; count: number; last: Bullet; lastOriginal: Bullet; firstOriginal: Bullet } | undefined;

    for (const bullet of doc.bullets) {
      // Skills lists, lists of short phrases ("Design, implementation, unit testing") and label lines
      // ("Supervisor: Dr. Ng") repeat by design: a fact that holds for several entries is not a copy.
      // A bullet that opens with a verb is a sentence, however its "and"s split it ("Read and updated
      // drawings and schedules"), and a copy of it is a copy even at three words ("Managed vendor relationships").
      // A label heading a sentence ("Soils: Carried out sieve analysis…", as some LaTeX templates print
      // every item) is a bullet with a title: its sentence is compared.
      const label = LABEL_LINE.exec(bullet.text);
      const body = label ? bullet.text.slice(label[0].length) : bullet.text;
      const sentence = !!openingVerb(label ? { ...bullet, text: body } : bullet, verbs) || (!!label && opensPast(body));
      if (bullet.section.kind === 'skills' || (label && !sentence) || (!sentence && isPhraseList(bullet.text))) continue;
      // Compared as printed: two LaTeX table rows share their markup, not their words.
      const printed = visibleText(body);
      const ts = tokens(printed);
      // A short duty line repeated in another job's list ("Regression testing.", "Code reviews") is a
      // copy too: in a work narrative an exact repeat of two or three words is checked like a sentence.
      const narrative = isNarrativeKind(bullet.section.kind) && bullet.source !== 'table';
      if (ts.length < (sentence ? Math.min(3, minWords) : narrative ? Math.min(2, minWords) : minWords)) continue;
      const key = ts.join(' ');
      const original = firstByKey.get(key);
      if (original) {
        const fix = deleteBulletFix(doc, bullet);
        // One problem, one finding: a block pasted twice is a run of copies of consecutive bullets.
        if (run && run.last.index + 1 === bullet.index && run.lastOriginal.index + 1 === original.index) {
          run.count++;
          run.last = bullet;
          run.lastOriginal = original;
          run.finding.range = { start: run.finding.range.start, end: bullet.range.end };
          run.finding.message = `These ${run.count} bullets repeat the ${run.count} on lines ${line(run.firstOriginal)}–${line(original)} word for word (pasted twice?).`;
          const edits = run.finding.fixes?.[0]?.edits;
          const next = fix?.edits[0];
          run.finding.fixes =
            edits && next && next.range.start >= edits[edits.length - 1].range.end
              ? [{ title: `Delete these ${run.count} duplicate bullets`, edits: [...edits, next] }]
              : [];
          continue;
        }
        // A word-for-word copy is deleted, not polished: other rules' fixes on it are dropped (lint.ts).
        const finding: RuleFinding = { ...bulletFinding(bullet, 0, bullet.text.length, `Duplicate of the bullet on line ${line(original)}.`, fix ? [fix] : []), supersedes: true };
        out.push(finding);
        run = { finding, count: 1, last: bullet, lastOriginal: original, firstOriginal: original };
        continue;
      }
      firstByKey.set(key, bullet);
      const own = pairs(ts);
      const content = contentPairs(ts);
      // A hyphenated compound is one word here: "loss-ratio report" adds one detail to "report".
      const words = contentWords(tokens(printed.replace(/(\p{L})-(?=\p{L})/gu, '$1'))).map(stem);
      if (ts.length >= 6 && threshold < 1) {
        const seen = new Set<number>();
        let best: { bullet: Bullet; score: number; reworded: boolean; oneWord?: boolean; extended?: boolean; restated?: boolean } | undefined;
        for (const p of own) {
          for (const u of index.get(p) ?? []) {
            if (seen.has(u)) continue;
            seen.add(u);
            // Reworded with other small words ("project about X using Y" / "project of X with Y"): alike
            // by the content words, in order.
            const other = uniques[u];
            const worded = dice(own, other.pairs);
            const score = Math.max(worded, content && other.content ? dice(content, other.content) : 0);
            if (score >= threshold && (!best || score > best.score)) best = { bullet: uniques[u].bullet, score, reworded: score > worded };
            // Only between work sentences: two certificates or talks one word apart ("Intro to HTML5",
            // "Intro to CSS3") are two items of a list.
            else if (!best && (sentence || narrative) && other.wordsComparable && oneWordApart(words, other.words)) best = { bullet: other.bullet, score, reworded: false, oneWord: true };
            // Within one entry, a bullet written again with a few words more (or fewer): a copy left in.
            else if (!best && (sentence || narrative) && other.wordsComparable && bullet.entry && other.bullet.entry === bullet.entry && (extendedBy(words, other.words) || extendedBy(other.words, words))) best = { bullet: other.bullet, score, reworded: false, extended: true };
            else if (!best && (sentence || narrative) && other.wordsComparable && bullet.entry && other.bullet.entry === bullet.entry && (restatedIn(words, other.words) || restatedIn(other.words, words) || overlapsWithSameVerb(words, other.words))) best = { bullet: other.bullet, score, reworded: false, restated: true };
          }
        }
        if (best) {
          out.push(
            bulletFinding(
              bullet,
              0,
              bullet.text.length,
              best.restated
                ? `This says again what the bullet on line ${line(best.bullet)} says, in other words: keep the better one.`
                : best.extended
                ? `This repeats the bullet on line ${line(best.bullet)} with a few words ${words.length > uniques.find((u) => u.bullet === best!.bullet)!.words.length ? 'added' : 'left out'}: keep one of them.`
                : best.oneWord
                ? `Nearly the same as the bullet on line ${line(best.bullet)} (at most one word different): merge them or make each say something different.`
                : best.reworded
                ? `Nearly the same as the bullet on line ${line(best.bullet)} (the same words but for a few small ones): merge them or make each say something different.`
                : `Nearly the same as the bullet on line ${line(best.bullet)} (${Math.round(best.score * 100)}% alike): merge them or make each say something different.`,
            ),
          );
        }
      }
      const id = uniques.push({ bullet, pairs: own, content, words, wordsComparable: sentence || narrative }) - 1;
      for (const p of own) {
        const bucket = index.get(p) ?? [];
        if (bucket.length >= BUCKET_LIMIT) bucket.shift();
        bucket.push(id);
        index.set(p, bucket);
      }
    }
    return out;
  },
};
