// Tense that does not fit the role's dates. Career guides agree on two things: a finished role reads
// in the past tense ("Built", not "Build"), and in a current role finished accomplishments read in the
// past too, while ongoing duties read in the present. So:
// - a past role (in a work section) whose bullet opens with a present-tense verb is flagged, with
//   the past tense as a suggestion (changing tense is never applied in bulk);
// - in a current role, mixing is normal and nothing is said about tense (a note on a lone present
//   bullet there was judged a false alarm by every reviewer who saw one);
// - projects are left alone: "Provides offline sync" describes what the project does today.
// A compound opening ("Design and implement") changes together, never one verb of the pair.
import { monthsOf } from '../text/iso-date';
import type { Bullet, Entry } from '../document/types';
import type { Fix, Rule, RuleFinding } from '../types';
import { listedDates } from '../document/listed-dates';
import { hasRoleWord } from '../document/line-kinds';
import { capitalize, lemmaCandidates, pastTense } from '../text/inflect';
import { words } from '../text/words';
import { analysisOf } from '../nlp';
import { readVerb } from '../nlp/verbs';
import { DETERMINERS, ING_NOUNS, PREPOSITIONS } from '../nlp/word-classes';
import { knownVerbs, openingVerb, type OpeningVerb } from './opening-verb';
import { bulletFinding, isBreakEntry, replaceInBullet } from './util';
import { everydayOpening, laterPresentVerbs, presentAfterPast, type LaterVerb } from './tense-verbs';

/** Sections whose entries are roles with dates the tense must follow. */
const ROLE_SECTIONS = new Set(['experience', 'leadership', 'research']);
/** Endings of nouns made from verbs: "Design and development of …" is a noun phrase, not a verb. */
const NOMINAL = /(?:ment|tion|sion|ance|ence|ing|ure|ery|ysis)$/;
/** A plural noun ("meetings", "sewers"), not "process", "analysis" or "status". */
const PLURAL = /[^su]s$/;

function sameCase(model: string, word: string): string {
  return model[0] === model[0].toUpperCase() ? capitalize(word) : word;
}

/** The verb that follows the opening through "and", "&" or "/" ("Design and implement"), if any. */
function secondVerb(bullet: Bullet, verb: OpeningVerb, verbs: ReadonlySet<string>): { start: number; end: number; text: string; base: string } | undefined {
  const ws = words(bullet.text.slice(0, 120));
  const i = ws.findIndex((w) => w.start === verb.start);
  const joiner = bullet.text.slice(ws[i]?.end ?? 0, ws[i + 1]?.start ?? 0).trim();
  const next = ws[i + 1]?.lower === 'and' ? ws[i + 2] : joiner === '&' || joiner === '/' || joiner === ',' ? ws[i + 1] : undefined;
  if (!next) return undefined;
  const c = lemmaCandidates(next.text).find((x) => verbs.has(x.base) && (x.form === 'base' || x.form === 'third' || x.form === 'past'));
  return c ? { start: next.start, end: next.end, text: next.text, base: c.base } : undefined;
}

/** "Test suite automation of …": a noun made from a verb, then "of", within the first words: a noun phrase. */
const NOMINAL_OF = /^(?:\S+\s+){1,4}?\S*(?:ment|tion|sion|ance|ence|ysis)\s+of\b/i;

/**
 * "Inventory accuracy in the warehouse was improved …": the opening word, a noun right after it (no
 * article or preposition, which would make it a verb's object), and a past passive within a few words.
 */
const NOUN_SUBJECT_PASSIVE =
  /^\s*\S+\s+(?!(?:the|a|an|our|their|his|her|its|my|your|this|these|those|with|for|to|and|or|in|on|of|by|at|from|into|all|new|multiple|several|various|daily|weekly|monthly)\b)[a-z][\w-]*(?:\s+[\w-]+){0,5}?\s+(?:was|were)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|ung|ought|ade|ilt|ent)\b/;

/** A finite verb later in the bullet ("Design system components were adopted"): the opening is its subject. */
const LATER_FINITE = /\b(?:was|were|is|are|has|have|had|will)\b/i;

/**
 * "Build responsive pages with Tailwind" among past-tense openings ("Built 3 sites …"): a word that is as
 * often a noun ("Build", "Design", "Support") opens with the verb, like its neighbours, unless the bullet
 * has a finite verb of its own, names a role ("Support rotation lead for …") or is two words alone.
 */
function listedVerb(bullet: Bullet, verbs: ReadonlySet<string>): OpeningVerb | undefined {
  if (LATER_FINITE.test(bullet.text) || hasRoleWord(bullet.text.split(/[,;(]/)[0]) || NOMINAL_OF.test(bullet.text)) return undefined;
  // "Code reviews.", "Inventory management.": two words alone name a duty, a noun phrase, not an order.
  if (/^\s*[A-Za-z][\w-]*\s+[A-Za-z][\w-]*[.;]?\s*$/.test(bullet.text)) return undefined;
  return openingVerb(bullet, verbs, true);
}

/** "Design and development of X", "Design of X": the opening word is a noun. */
function opensNounPhrase(bullet: Bullet, verb: OpeningVerb): boolean {
  const ws = words(bullet.text.slice(0, 120));
  const i = ws.findIndex((w) => w.start === verb.start);
  const next = ws[i + 1]?.lower;
  if (next === 'of') return true;
  const after = ws[i + 2]?.lower;
  return (next === 'and' || next === '&') && !!after && NOMINAL.test(after) && ws[i + 3]?.lower === 'of';
}

function pastRoleFinding(bullet: Bullet, entry: Entry, verb: OpeningVerb, verbs: ReadonlySet<string>, later: LaterVerb[]): RuleFinding {
  const past = sameCase(verb.text, pastTense(verb.base));
  const second = secondVerb(bullet, verb, verbs);
  const edits: Fix['edits'] = [replaceInBullet(bullet, verb.start, verb.end, past, '').edits[0]];
  let title = `Change "${verb.text}" to "${past}"`;
  if (second) {
    const secondPast = pastTense(second.base);
    if (secondPast.toLowerCase() !== second.text.toLowerCase()) edits.push(replaceInBullet(bullet, second.start, second.end, sameCase(second.text, secondPast), '').edits[0]);
    title = `Change "${bullet.text.slice(verb.start, second.end)}" to the past tense`;
  }
  // "Mentor two interns and run the weekly review": the verbs joined to the opening change with it, or
  // the fixed line still mixes tenses ("Mentored … and run …").
  const joined = later.filter((l) => l.start > (second?.end ?? verb.end));
  for (const l of joined) edits.push(replaceInBullet(bullet, l.start, l.end, pastTense(l.base), '').edits[0]);
  if (joined.length) {
    const changed = [second ? bullet.text.slice(verb.start, second.end) : verb.text, ...joined.map((l) => l.text)];
    title = `Change "${changed.slice(0, -1).join('", "')}" and "${changed[changed.length - 1]}" to the past tense`;
  }
  return bulletFinding(
    bullet,
    verb.start,
    verb.end,
    `"${verb.text}" is present tense, but this role has ended (${entry.dates!.raw}): finished work reads in the past tense ("${past}").`,
    [{ title, edits }],
  );
}

/** "Filled orders and handle returns" in an ended role: the joined verb reads in the present. */
function joinedPresentFinding(bullet: Bullet, entry: Entry, later: LaterVerb): RuleFinding {
  const past = pastTense(later.base);
  return bulletFinding(
    bullet,
    later.start,
    later.end,
    `"${later.text}" is present tense beside the past-tense opening, and this role has ended (${entry.dates!.raw}): write "${past}".`,
    [{ title: `Change "${later.text}" to "${past}"`, edits: [replaceInBullet(bullet, later.start, later.end, past, '').edits[0]] }],
  );
}

/**
 * "Mentoring two interns", "Analyzing soil cores": an -ing opening that acts on an object (determined,
 * plural or counted), so it is the verb, not a noun ("Marketing lead", "Training materials").
 */
function gerundActs(bullet: Bullet, lexicon: Parameters<typeof analysisOf>[1]): boolean {
  const a = analysisOf(bullet, lexicon);
  const clause = a.clauses[0];
  if (a.opening !== 0 || clause?.verbs[0] !== a.opening || ING_NOUNS.has(a.tokens[0]?.lower ?? '')) return false;
  return clause.objects.some((o) => {
    const first = a.tokens[o.start];
    return DETERMINERS.has(first?.lower ?? '') || /^\d/.test(first?.text ?? '') || PLURAL.test(a.tokens[o.head]?.lower ?? '');
  });
}

/** The opening -ing form of any verb ("Helping", "Assisting"), as an opening verb. */
function ingOpening(bullet: Bullet, lexicon: Parameters<typeof analysisOf>[1]): OpeningVerb | undefined {
  const a = analysisOf(bullet, lexicon);
  const first = a.tokens[0];
  if (a.opening !== 0 || !first || !/^[A-Z][a-z]+ing$/.test(first.text) || ING_NOUNS.has(first.lower)) return undefined;
  const r = readVerb(first.text);
  if (r?.form !== 'gerund') return undefined;
  const start = bullet.text.indexOf(first.text);
  return { start, end: start + first.text.length, text: first.text, base: r.base, form: 'gerund', ambiguousTense: false };
}

/**
 * "Helping students w/ homework": the word right after the -ing opening is a plural common noun that
 * ends there, its object, even where an abbreviation ("w/") leaves the parse without a clean object.
 */
function actsOnPluralNext(bullet: Bullet, lexicon: Parameters<typeof analysisOf>[1]): boolean {
  const a = analysisOf(bullet, lexicon);
  const next = a.tokens[1];
  if (a.opening !== 0 || a.clauses[0]?.verbs[0] !== 0 || ING_NOUNS.has(a.tokens[0]?.lower ?? '')) return false;
  if (!next || !/^\p{Ll}+$/u.test(next.text) || !PLURAL.test(next.lower)) return false;
  // The object ends there: a preposition (or its shorthand "w/"), punctuation or the end follows, not a
  // participle that makes the pair a noun phrase ("Tutoring sessions held weekly").
  const after = a.tokens[2];
  return !after || after.punct || PREPOSITIONS.has(after.lower) || (after.lower === 'w' && a.tokens[3]?.text === '/');
}

/** An -ing opening in a role that has ended, with the past tense offered (never applied in bulk). */
function endedGerundFinding(bullet: Bullet, entry: Entry, verb: OpeningVerb): RuleFinding {
  const past = sameCase(verb.text, pastTense(verb.base));
  return bulletFinding(
    bullet,
    verb.start,
    verb.end,
    `"${verb.text}" reads as ongoing work, but this role has ended (${entry.dates!.raw}): finished work reads in the past tense ("${past}").`,
    [{ title: `Change "${verb.text}" to "${past}"`, edits: [replaceInBullet(bullet, verb.start, verb.end, past, '').edits[0]] }],
  );
}

/** "Is leading a team …", "Am building …", "Are migrating …": the present progressive opening a bullet. */
const PROGRESSIVE = /^(?:is|am|are)\s+(?:currently\s+|now\s+)?([A-Za-z]+ing)\b/i;

/**
 * A present progressive opening in a role that has ended: the work reads as still going on. The past
 * of the -ing verb is offered as a suggestion ("Led"), never applied in bulk: the rest of the line may
 * need the same change ("and mentor them").
 */
function progressiveFinding(bullet: Bullet, entry: Entry): RuleFinding | undefined {
  const m = PROGRESSIVE.exec(bullet.text);
  if (!m) return undefined;
  const v = readVerb(m[1]);
  if (!v || v.form !== 'gerund') return undefined;
  const shown = m[0];
  const past = sameCase(shown, pastTense(v.base));
  return bulletFinding(
    bullet,
    0,
    shown.length,
    `"${shown}" reads as ongoing work, but this role has ended (${entry.dates!.raw}): finished work reads in the past tense ("${past}").`,
    [{ title: `Change "${shown}" to "${past}"`, edits: [replaceInBullet(bullet, 0, shown.length, past, '').edits[0]] }],
  );
}

/** The bullet opens with a finite verb of its own clause (past, base or third person), any verb. */
function opensFinite(bullet: Bullet, lexicon: Parameters<typeof analysisOf>[1]): boolean {
  const a = analysisOf(bullet, lexicon);
  if (a.opening !== 0 || a.clauses[0]?.verbs[0] !== 0) return false;
  const form = readVerb(a.tokens[0].text)?.form;
  return form === 'past' || form === 'base' || form === 'third';
}

/**
 * An entry that opens some bullets with an -ing form and others with a finite verb ("Led …",
 * "Mentoring …"): the list reads as two styles. Reviewers flag the form, whatever the tense; the
 * first -ing opening is marked, as information, when finite openings are at least as many (a list of
 * -ing openings with one finite verb is a style of its own, not a slip). No fix: which form the
 * entry should use is the writer's choice.
 */
function mixedFormFinding(gerunds: { bullet: Bullet; verb: OpeningVerb }[], finite: number): RuleFinding | undefined {
  if (!gerunds.length || finite < 2 || finite < gerunds.length) return undefined;
  const g = gerunds[0];
  const also = gerunds.length > 1 ? ` (and ${gerunds.length - 1} more)` : '';
  return {
    ...bulletFinding(g.bullet, g.verb.start, g.verb.end, `"${g.verb.text}"${also} opens with an -ing form while ${finite} other bullets of this entry open with a finite verb: use one form for the whole list (past for finished work, present for ongoing work).`),
    severity: 'info',
  };
}

export const tenseMismatch: Rule = {
  id: 'tense-mismatch',
  category: 'style',
  defaultSeverity: 'warning',
  description: 'A bullet of a finished role that opens with a present-tense verb ("Build" instead of "Built").',
  docs: {
    why: 'Tense tells the reader which work is finished. A role that has ended, written in the present ("Build"), reads as careless. In a current role, finished accomplishments read well in the past tense and ongoing duties in the present, so its tenses are left alone.',
    bad: '### Data Analyst, Northwind — 2021 – 2023\n- Build weekly revenue dashboards in Tableau for 4 regional managers.',
    good: '### Data Analyst, Northwind — 2021 – 2023\n- Built weekly revenue dashboards in Tableau for 4 regional managers.',
  },
  check(doc, { lexicon, today, options }) {
    const verbs = knownVerbs(lexicon);
    const now = monthsOf(today) ?? monthsOf(options.today);
    const out: RuleFinding[] = [];
    for (const section of doc.sections) {
      if (!ROLE_SECTIONS.has(section.kind)) continue;
      for (const described of section.entries) {
        // An undated role described under its own line takes the dates its row in a dates table gives.
        const listed = listedDates(section, described);
        const entry = listed ? { ...described, dates: listed } : described;
        if (isBreakEntry(described)) continue;
        const dates = entry.dates;
        if (!dates || (dates.start === undefined && dates.end === undefined)) continue;
        // A role whose end date is this month or later has not ended yet ("May 2026 – Dec 2026" read in December).
        const running = !!dates.current || (now !== undefined && dates.end !== undefined && dates.end >= now);
        const ended = !running && dates.end !== undefined;
        const opened: { bullet: Bullet; verb: OpeningVerb; tense: 'past' | 'present' }[] = [];
        const gerunds: { bullet: Bullet; verb: OpeningVerb }[] = [];
        let finite = 0;
        // Other bullets open with a past-tense verb ("Built 3 sites …"): the list is one of verb openings.
        const pastLed = entry.bullets.some((b) => {
          const v = openingVerb(b, verbs);
          return v?.form === 'past' && !v.ambiguousTense;
        });
        for (const bullet of entry.bullets) {
          if (ended) {
            const progressive = progressiveFinding(bullet, entry);
            if (progressive) {
              out.push(progressive);
              finite++;
              continue;
            }
          }
          const opening = openingVerb(bullet, verbs);
          // "Inventory accuracy … was improved": a word that is also a noun, with a past passive later, is
          // the sentence's subject, not a present-tense verb.
          const subject = opening && opening.form === 'base' && NOUN_SUBJECT_PASSIVE.test(bullet.text);
          const verb = (subject ? undefined : opening) ?? (ended && pastLed && !subject ? listedVerb(bullet, verbs) : undefined);
          if (!verb && ended && !subject) {
            // An everyday verb the strong-verb list leaves out ("Join daily stand-ups", "Help with …") in an
            // ended role reads in the present all the same.
            const everyday = everydayOpening(bullet, lexicon, pastLed);
            if (everyday) {
              finite++;
              opened.push({ bullet, verb: everyday, tense: 'present' });
              continue;
            }
            // "Filled orders and handle returns": a present verb joined to a past opening.
            for (const l of presentAfterPast(bullet, lexicon)) out.push(joinedPresentFinding(bullet, entry, l));
          }
          // A finite opening the strong-verb list leaves out ("Participate in …", "Helped …") still sets the list's form.
          if (!verb) {
            if (opensFinite(bullet, lexicon)) finite++;
            // A gerund the strong-verb list leaves out ("Helping students …") still reads as ongoing work.
            else {
              const ing = ingOpening(bullet, lexicon);
              if (ing && (gerundActs(bullet, lexicon) || actsOnPluralNext(bullet, lexicon))) gerunds.push({ bullet, verb: ing });
            }
            continue;
          }
          if (opensNounPhrase(bullet, verb)) continue;
          if (verb.form === 'gerund') {
            if (gerundActs(bullet, lexicon) || actsOnPluralNext(bullet, lexicon)) gerunds.push({ bullet, verb });
            continue;
          }
          finite++;
          if (ended && verb.form === 'past') for (const l of presentAfterPast(bullet, lexicon)) out.push(joinedPresentFinding(bullet, entry, l));
          if (verb.ambiguousTense) continue;
          opened.push({ bullet, verb, tense: verb.form === 'past' ? 'past' : 'present' });
        }
        const mixed = mixedFormFinding(gerunds, finite);
        if (mixed) out.push(mixed);
        // An ended role the mixed-form note leaves out (a single finite opening beside it): an -ing opening
        // reads as work still going on, the tense fault of "Build" in an ended role. Only when finite
        // openings are at least as many: a whole list of -ing openings is a style of its own.
        else if (ended && gerunds.length && finite >= gerunds.length) {
          for (const g of gerunds) out.push(endedGerundFinding(g.bullet, entry, g.verb));
        }
        // A current role: present for ongoing duties and past for finished work both read well, so its
        // tenses are left alone (reviewers called a note on a lone present bullet there a false alarm).
        if (!running) for (const o of opened) if (o.tense === 'present') out.push(pastRoleFinding(o.bullet, entry, o.verb, verbs, laterPresentVerbs(o.bullet, lexicon)));
      }
    }
    return out.sort((a, b) => a.range.start - b.range.start);
  },
};
