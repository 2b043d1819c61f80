// Keywords of a posting: every skill mention, weighed by where it stands. Qualification sections
// decide importance (required / preferred); "is a plus" inside a required list demotes a sentence
// to preferred; fields of study in a degree sentence ("BS in Statistics") are not skills asked for.

import type { OffsetRange } from '../types';
import { findSkills, lookupSkill } from '../skills';
import type { SkillMention } from '../skills/types';
import { TRANSLATION, classifyHeading, sectionAt } from './sections';
import { findPhraseMentions } from './phrases';
import { learnedPhrases } from './phrase-model';
import { findCertifications } from './certifications';
import { AcronymReader } from './acronym-phrases';
import { spelledOutBefore } from '../text/acronyms';
import { findElidedProducts } from './elided';
import { findInvertedCompounds } from './inverted';
import { featureLists, isFeatureOfProduct } from './features';
import { runningLineRanges } from './running-lines';
import { isNotSkillName, mailOrganisations } from './not-skill-names';
import { criterionMarkAt, criterionMarks } from './criterion-marks';
import { tableColumnMarks } from './table-columns';
import { addressRanges, criterionCodeRanges, kindOfTesting, letterheadUnitRanges, listedNameMentions, mailHeaderRanges, nameRanges, readsAsSkill } from './sense';
import { fieldSpan, findDegree, findExperience, preferredAside, programmeLineSpan, relatedFieldSpan, splitSentences, studySpan, unwrapLines, type Sentence } from './requirements';
import type { AlternativeGroup, DegreeRequirement, ExperienceRequirement, Importance, JobKeyword, JobSection } from './types';

const PREFERRED_INLINE =
  /\b(preferred|preferable|preferably|is a plus|are a plus|an? (?:(?:big|huge|great|definite|strong|real|added|nice|major|distinct|additional|significant) )?plus\b|nice to have|nice-to-have|bonus|ideally|desirable|desired|not required|would be (?:great|lovely|nice|ideal)|nice if|advantageous|helpful|an? (?:(?:big|great|strong|real|definite|added|additional|distinct) )?(?:asset|advantage)(?=\s*(?:[).,;!]|$)))\b/i;
/**
 * Where a requirement sentence turns to another ask: "; ", ", preferably …", ", experience in … is
 * preferable", and after a clause's own "(required)" marker ("3 years of on-call work (required), also
 * Rust (an asset)"). A preferred cue demotes only the clause it stands in ("Solid C/C++, experience in Perl is
 * preferable": C and C++ stay required).
 */
const CLAUSE_BREAK =
  /(?:;\s*|,\s*(?:and\s+|but\s+)?(?=(?:preferably|ideally|experience|knowledge|familiarity|exposure|understanding|proficiency|background|any|some)\b)|\((?:required|mandatory|must(?:[- ]have)?)\)[\s,]*)/gi;
/**
 * Words that make the list right after them a choice: "such as Java, Python, or Go", "one or more of
 * (the) following: …". A cue governs the run of skills that follows it, not every list in the sentence
 * ("Linux, drivers and kernel development, one or more of: U-Boot, PCIe, USB" asks for all of the first).
 */
const LEADING_CHOICE_CUE = /\b(such as|e\.g\.?|for example|one or more|at least one|one of|any of|like)\b/i;
/** Words after a list that make it a choice: "Java, Kotlin or similar", "AWS, GCP or other clouds". */
const TRAILING_CHOICE_CUE = /^[\s,]*(?:or|and\/or)\s+(?:similar|equivalent|other|comparable|another)\b/i;
/**
 * One thing asked for by a singular noun, its examples in parentheses: "a modern framework (React, Vue,
 * Svelte)", "one cloud provider (AWS/GCP)". Any one of them meets the ask. A plural ("cloud providers
 * (AWS, GCP)") may ask for all.
 */
const SINGULAR_WRAPPER = /\b(?:a|an|one|any)\s+(?:[\w-]+\s+){0,3}?[\w-]*(?:ss|[^s\W])\s*\(\s*(?:(?:e\.g\.?|i\.e\.?|eg|such as|like|for example)[,:]?\s*)?$/i;
/** What may stand between two listed skills. */
const LIST_GAP = /^[\s,/()]*(?:(?:and\/or|or|and|&)[\s,/()]*)?$/i;

const REQUIREMENT_CUE = new RegExp(
  [
    /\b(experience (with|in|using|building|developing)|proficien(t|cy)|knowledge of|familiar(ity)? with|understanding of|expertise in|skills? in|must|required|requires|years of)\b/.source,
    // A forum post speaks to the reader: "you've run Elixir in production", "you're comfortable with SQL".
    /\byou(?:'ve|’ve| have) (?:\w+ly )?(?:run|built|used|worked|shipped|written|operated|maintained|deployed|designed|led|done)\b/.source,
    /\b(?:you(?:'re|’re| are) )?(?:comfortable|fluent|at home) (?:with|in|reading|writing|using|working)\b/.source,
    // "Site Reliability Engineer: Linux, networking fundamentals …": a role's name, then what it asks.
    /^\W*(?:[A-Z][\w+#/-]*\s+){0,4}(?:Engineer|Developer|Designer|Scientist|Analyst|Architect|Specialist|Administrator|SRE)(?:\s*\([^()]{1,30}\))?\s*:\s/.source,
  ].join('|'),
  'i',
);

export const IMPORTANCE_RANK: Record<Importance, number> = { required: 3, preferred: 2, other: 1 };

export interface ExtractedKeywords {
  keywords: JobKeyword[];
  degrees: DegreeRequirement[];
  experience: ExperienceRequirement[];
  alternatives: AlternativeGroup[];
}

export function extractKeywords(text: string, bodyStart: number, sections: JobSection[], company?: string): ExtractedKeywords {
  const body = text.slice(bodyStart);
  const skip = [...addressRanges(text), ...nameRanges(text, company), ...headerFieldRanges(text, bodyStart), ...venueRanges(text, bodyStart), ...mailHeaderRanges(text), ...criterionCodeRanges(text), ...letterheadUnitRanges(text, bodyStart), ...runningLineRanges(text)];
  // Skills are read on the text with its hard wraps joined (same offsets): "financial" / "models" is one name.
  const taxonomyMentions = findSkills(unwrapLines(text, bodyStart).slice(bodyStart)).map((m) => ({ ...m, start: m.start + bodyStart, end: m.end + bodyStart }));
  const mentions: SkillMention[] = taxonomyMentions.filter((m) => readsAsSkill(text, m, skip));
  // "compendial testing", "tensile testing" in a lab's posting: not software testing, but that kind of
  // testing, asked for as a phrase (sense.ts).
  const kindsOfTesting = taxonomyMentions
    .filter((m) => !skip.some((r) => m.start < r.end && m.end > r.start))
    .flatMap((m) => kindOfTesting(text, m) ?? []);
  // A lone ambiguous name in a list of skill names ("- Python\n- Go") is read in that list's context.
  mentions.push(...listedNameMentions(text, bodyStart, mentions).filter((m) => readsAsSkill(text, m, skip)));
  mentions.sort((a, b) => a.start - b.start);
  sections = readUnknownSections(text, sections, mentions);
  // Lines a person specification marks Essential / Desirable: the mark sets their importance.
  // So do the columns of a requirements table ("| Area | Must have | Nice to have |").
  const marks = [...criterionMarks(text, bodyStart), ...tableColumnMarks(text, bodyStart)];
  // "…\tE\tA/I": the mark and assessed-by columns are no words of the criterion ("Word E A").
  skip.push(...marks.flatMap((mark) => mark.column ?? []));
  const hasQualificationSections = marks.length > 0 || sections.some((s) => s.kind === 'required' || s.kind === 'preferred');
  // A hard-wrapped line (a PDF's, an e-mail's) goes on into the next: one sentence, so a name split by
  // the wrap ("financial" / "models") and a list of fields of study are read whole.
  const sentences = splitSentences(text, bodyStart, text.length, { joinWrapped: true, tableCells: true }).flatMap((sentence) => {
    // A criterion's sentence ends where its mark column begins.
    const column = marks.find((mark) => mark.column && sentence.start < mark.column.start && mark.column.start < sentence.end)?.column;
    if (!column) return [sentence];
    const text = sentence.text.slice(0, column.start - sentence.start).trimEnd();
    return text ? [{ start: sentence.start, end: sentence.start + text.length, text }] : [];
  });

  const byKeyword = new Map<string, JobKeyword>();
  const degrees: DegreeRequirement[] = [];
  const experience: ExperienceRequirement[] = [];
  const alternatives: AlternativeGroup[] = [];
  let m = 0;
  // Acronyms the posting defines in its requirements, and their later bare uses (acronym-phrases.ts).
  const acronyms = new AcronymReader();
  const organisations = mailOrganisations(text);
  let previous: Sentence | undefined;
  let underLead = false;
  for (const sentence of sentences) {
    // "Knowledge of:" over lines that lost their bullets in a copy ("Hydrology and open-channel
    // hydraulics."): each line under the lead-in is an item of its list.
    underLead = isUnmarkedItemUnder(text, sentence, previous, underLead);
    previous = sentence;
    const section = sectionAt(sections, sentence.start);
    const sectionKind = section?.kind ?? 'other';
    const marked = criterionMarkAt(marks, sentence.start);
    // "Our process: a call with the hiring manager → a take-home debugging exercise → …": how the employer
    // hires, under whatever heading it was left; it asks for no skill.
    const hiringProcess = HIRING_PROCESS.test(sentence.text) || EMPLOYMENT_CHECK.test(sentence.text);
    const sentenceImportance = hiringProcess ? 'other' : marked ?? importanceOf(sentence, inlineHeadingKind(text, sentence.start) ?? sectionKind, hasQualificationSections);
    // Without qualification headings, a requirement sentence read as preferred for its wish alone
    // ("Experience with Java (Kotlin a plus)") keeps what precedes an aside required, as a required item does.
    const unheaded = !hasQualificationSections && sectionKind !== 'about' && REQUIREMENT_CUE.test(sentence.text.replace(PREFERRED_INLINE, ''));
    const preferredSpan =
      sentenceImportance !== 'preferred' || marked ? undefined : sectionKind === 'required' ? preferredAside(sentence, PREFERRED_INLINE) ?? preferredClause(sentence) : unheaded ? preferredAside(sentence, PREFERRED_INLINE) : undefined;
    // The sentence's importance, or 'required' outside a demoted clause of a required sentence.
    const importanceAt = (offset: number): Importance =>
      preferredSpan && (offset < preferredSpan.start || offset >= preferredSpan.end) ? 'required' : sentenceImportance;
    const importance = preferredSpan ? 'required' : sentenceImportance;
    const inSentence: SkillMention[] = [];
    while (m < mentions.length && mentions[m].start < sentence.end) {
      if (mentions[m].start >= sentence.start) inSentence.push(mentions[m]);
      m++;
    }
    const degree = findDegree(sentence, importance);
    // "Diploma in Electrical Engineering (Light or Heavy Current)": a diploma reads no degree level, but its field is still no skill.
    const fields = (degree || /\bdiploma\s+in\s+[A-Z]/i.test(sentence.text) ? fieldSpan(sentence) : undefined) ?? studySpan(sentence) ?? relatedFieldSpan(sentence) ?? programmeLineSpan(sentence);
    if (degree) degrees.push(degree);
    inSentence.push(...findElidedProducts(sentence, inSentence).filter((x) => readsAsSkill(text, x, skip)));
    const inverted = findInvertedCompounds(sentence, inSentence);
    // Mentions made here (an elided product, a compound read inside out) pass the same sense checks as
    // any mention (an address, the employer's name).
    inverted.found = inverted.found.filter((x) => readsAsSkill(text, x, skip));
    if (inverted.found.length) {
      const kept = inSentence.filter((x) => !inverted.replaced.includes(x));
      inSentence.length = 0;
      inSentence.push(...kept, ...inverted.found);
    }
    // A named certification is one ask: the vendor or product inside its name is not asked for alone.
    const certifications = findCertifications(sentence).filter((c) => !skip.some((r) => c.start < r.end && c.end > r.start));
    if (certifications.length) {
      const kept = inSentence.filter((x) => !certifications.some((c) => x.start >= c.start && x.end <= c.end));
      inSentence.length = 0;
      inSentence.push(...kept);
    }
    inSentence.sort((a, b) => a.start - b.start);
    const features = featureLists(sentence, inSentence);
    const teamStack = teamStackRanges(sentence, text);
    const inTeamStack = (x: { start: number; end: number }) => teamStack.some((r) => x.start >= r.start && x.end <= r.end);
    const editions: { keyword: string; family?: string; start: number; end: number }[] = [];
    const asked = inSentence.filter((x) => (!fields || x.end <= fields.start || x.start >= fields.end) && !isFeatureOfProduct(x, features) && !(x.kind === 'hard' && inTeamStack(x)));
    const hardNames = [...new Set(asked.filter((x) => x.kind === 'hard').map((x) => x.canonical))];
    experience.push(...findExperience(sentence, importance, hardNames));
    const sentenceAlternatives = importance !== 'other' ? findAlternatives(text, sentence, asked, importanceAt) : [];
    alternatives.push(...sentenceAlternatives);
    // A degree sentence is read for skills only where it goes on past the degree's clause.
    const skillPart = degree ? afterDegreeClause(sentence, fields) : sentence;
    if (importance !== 'other' && skillPart) {
      // Names read by shape inside a product's parenthesis are its features ("CTEs"), not skills.
      // Nor are words inside a list of fields of study or its "or a related field" ending.
      const ignore = [...skip, ...features, ...experienceExampleRanges(sentence), ...teamStack, ...(fields ? [fields] : [])];
      const named = [
        ...certifications.map((c) => ({ ...c, source: 'example' as const })),
        ...kindsOfTesting.filter((k) => k.start >= skillPart.start && k.end <= skillPart.end).map((k) => ({ ...k, source: 'phrase' as const })),
      ];
      const phrases = [...named, ...findPhraseMentions(underLead && skillPart === sentence ? asListItem(sentence) : skillPart, [...inSentence, ...named], ignore)];
      const read = acronyms.read(skillPart, inSentence, ignore, phrases);
      // What neither the taxonomy nor the shape rules name, scored by the learned phrase model
      // (phrase-model.ts): "gate drivers", "CISPR 25". Only spans clear of every mention above.
      const learned = learnedPhrases(skillPart, [...inSentence, ...read], ignore, importance).map((c) => ({
        keyword: c.keyword,
        start: c.start,
        end: c.end,
        source: 'phrase-model' as const,
        examples: undefined as string[] | undefined,
      }));
      // (A product's modules stand inside its parenthesis, which `ignore` holds as the product's features.)
      const outsideFeatures = [...skip, ...experienceExampleRanges(sentence), ...teamStack, ...(fields ? [fields] : [])];
      const modules = productModules(text, asked, inSentence, skillPart).filter((m) => !outsideFeatures.some((r) => m.start < r.end && m.end > r.start));
      for (const found of [...read, ...learned, ...modules]) {
        // "… or similar pricing software", "a comparable robotics middleware": the ask is the kind named.
        const lead = /^(?:similar|comparable|equivalent|other|related|another|any other)\s+(?=\S)/i.exec(found.keyword);
        const unled = lead ? { ...found, keyword: found.keyword.slice(lead[0].length), start: found.start + lead[0].length } : found;
        // "Microsoft Office (Word, Excel, Outlook)": a product named without the vendor said just before it is the vendor's.
        const vendored = vendorsProduct(text.slice(Math.max(sentence.start, unled.start - 60), unled.start), unled.keyword);
        const p = vendored ? { ...unled, keyword: vendored } : unled;
        if (isNotSkillName(p.keyword, organisations)) continue;
        // "the NCEES Fundamentals of Engineering (FE) exam": an exam's name is a credential to pass, not a skill.
        if (/^\s*(?:\([A-Z][A-Za-z]{0,7}\)\s*)?(?:exams?|examinations?)\b/i.test(text.slice(p.end, p.end + 30))) continue;
        let kw = byKeyword.get(p.keyword);
        const importance = importanceAt(p.start);
        if (!kw) {
          const category = p.source === 'example' || (p.source === 'phrase-model' && /[A-Z0-9]/.test(p.keyword)) ? 'tool' : 'concept';
          kw = { keyword: p.keyword, kind: 'hard', category, importance, occurrences: [], extracted: p.source };
          byKeyword.set(p.keyword, kw);
        }
        if (IMPORTANCE_RANK[importance] > IMPORTANCE_RANK[kw.importance]) kw.importance = importance;
        if (p.examples) kw.examples = [...new Set([...(kw.examples ?? []), ...p.examples])];
        if ('family' in p && p.family) {
          kw.examples = [...new Set([...(kw.examples ?? []), p.family])];
          editions.push(p);
        }
        kw.occurrences.push({ start: p.start, end: p.end, section: sectionKind, importance });
      }
    }
    // "ArcGIS Pro": the product's own mention inside the edition's name is no second ask.
    const notFamilies = asked.filter((x) => !editions.some((e) => x.kind === 'hard' && x.canonical === e.family && x.start === e.start && x.end < e.end));
    asked.length = 0;
    asked.push(...notFamilies);
    for (const group of sentenceAlternatives) {
      group.keywords = [...new Set(group.keywords.map((k) => editions.find((e) => e.family === k && !notFamilies.some((x) => x.canonical === k))?.keyword ?? k))];
    }
    const askOfCandidate = softSkillAsked(sentence, sectionKind, importance, hasQualificationSections);
    for (const mention of asked) {
      if (mention.kind === 'soft' && !askOfCandidate) continue;
      const importance = importanceAt(mention.start);
      let kw = byKeyword.get(mention.canonical);
      if (!kw) {
        kw = { keyword: mention.canonical, kind: mention.kind, category: mention.category, importance, occurrences: [] };
        byKeyword.set(mention.canonical, kw);
      }
      if (IMPORTANCE_RANK[importance] > IMPORTANCE_RANK[kw.importance]) kw.importance = importance;
      kw.occurrences.push({ start: mention.start, end: mention.end, section: sectionKind, importance });
    }
  }
  const keywords = [...byKeyword.values()].sort(
    (a, b) => IMPORTANCE_RANK[b.importance] - IMPORTANCE_RANK[a.importance] || firstOf(a) - firstOf(b),
  );
  return { keywords, degrees, experience, alternatives };
}

/**
 * "SAP (MM or SD)", "SAP (modules PP and QM)": short capital codes in brackets right after a product,
 * none of which names a skill of its own, are the product's modules, each asked as "SAP MM". (Codes the
 * taxonomy reads, "Python (OOP)", "Excel (VBA)", stay skills of their own.)
 */
const MODULE_CODES = /^\s*\(\s*(?:modules?\s+)?([A-Z]{2,4}(?:\s*(?:,|\/|&|\bor\b|\band\b)\s*[A-Z]{2,4}){0,5})\s*\)/;
function productModules(text: string, asked: readonly SkillMention[], found: readonly SkillMention[], sentence: Sentence): { keyword: string; start: number; end: number; source: 'example'; examples?: string[] }[] {
  const out: { keyword: string; start: number; end: number; source: 'example'; examples?: string[] }[] = [];
  for (const x of asked) {
    // A product's name ("SAP", "Oracle"), not a concept ("design of experiments (DOE)", "web services (WMS)").
    // One word, as a suite is named ("ISTQB Foundation Level (CTFL)" abbreviates a certificate's name).
    if (x.kind !== 'hard' || x.end >= sentence.end || !/^\p{Lu}/u.test(x.canonical) || !/^\p{Lu}[\p{L}\d]*$/u.test(text.slice(x.start, x.end))) continue;
    const m = MODULE_CODES.exec(text.slice(x.end, Math.min(sentence.end, x.end + 80)));
    if (!m) continue;
    // "Gameplay Ability System (GAS)": a code that spells the words before it is their abbreviation.
    const bracket = x.end + m[0].indexOf('(');
    if ([...m[1].matchAll(/[A-Z]{2,4}/g)].some((c) => spelledOutBefore(text, bracket, c[0]))) continue;
    const listStart = x.end + m.index + m[0].indexOf(m[1]);
    const codes = [...m[1].matchAll(/[A-Z]{2,4}/g)].map((c) => ({ code: c[0], start: listStart + c.index!, end: listStart + c.index! + c[0].length }));
    if (codes.some((c) => found.some((f) => f.start < c.end && f.end > c.start))) continue;
    for (const c of codes) out.push({ keyword: `${x.canonical} ${c.code}`, start: c.start, end: c.end, source: 'example' });
  }
  return out;
}

/**
 * The rest of a degree sentence after its list of fields, when it goes on to ask for knowledge: "a BS
 * in Chemical Engineering … with working knowledge of process simulation using Aspen Plus …" (a
 * qualification paragraph run into one sentence). Undefined when the sentence is only the degree: its
 * parentheses and lists name fields of study, not skills.
 */
function afterDegreeClause(sentence: Sentence, fields: OffsetRange | undefined): Sentence | undefined {
  if (!fields || fields.end >= sentence.end) return undefined;
  const text = sentence.text.slice(fields.end - sentence.start);
  // It goes on with a new ask (", with working knowledge of …"), not an alternative to the degree ("or equivalent experience").
  if (!GOES_ON.test(text) || text.split(/\s+/).filter(Boolean).length < 8 || !SKILL_ASK.test(text)) return undefined;
  return { text, start: fields.end, end: sentence.end };
}
const GOES_ON = /^[\s,;]*(?:with|and|plus|as well as|along with)\b/i;
const SKILL_ASK = /\b(?:knowledge|experience|familiar(?:ity)?|understanding|proficien(?:t|cy)|expertise|skills?|ability to)\b/i;

/** Runs of listed hard skills that the sentence offers as a choice. */
function findAlternatives(text: string, sentence: Sentence, mentions: SkillMention[], importanceAt: (offset: number) => Importance): AlternativeGroup[] {
  const hard = mentions.filter((x) => x.kind === 'hard');
  const groups: AlternativeGroup[] = [];
  let run: SkillMention[] = [];
  // Where the text before the current run starts: the end of the previous run, or the sentence start.
  let lead = sentence.start;
  const flush = (next: number) => {
    if (!run.length) return;
    const names = [...new Set(run.map((x) => x.canonical))];
    const gaps = run.slice(1).map((x, i) => text.slice(run[i].end, x.start));
    const last = run[run.length - 1];
    const choice =
      gaps.some((g) => /\bor\b/i.test(g)) ||
      LEADING_CHOICE_CUE.test(text.slice(lead, run[0].start)) ||
      TRAILING_CHOICE_CUE.test(text.slice(last.end, next));
    if (names.length >= 2 && choice) groups.push({ keywords: names, importance: importanceAt(run[0].start), text: sentence.text });
    // "a modern framework (React, Vue, Svelte)": the parenthesis after a singular noun is a choice, and only
    // it (with the noun when the noun is a skill: "one cloud provider (AWS, GCP)"), not what follows it.
    const wrapped = choice ? -1 : run.findIndex((x) => SINGULAR_WRAPPER.test(text.slice(sentence.start, x.start)));
    if (wrapped >= 0) {
      const from = wrapped > 0 && /^\s*\(/.test(gaps[wrapped - 1]) ? wrapped - 1 : wrapped;
      const close = gaps.findIndex((g, i) => i >= wrapped && g.includes(')'));
      const members = [...new Set(run.slice(from, close < 0 ? run.length : close + 1).map((x) => x.canonical))];
      if (members.length >= 2) groups.push({ keywords: members, importance: importanceAt(run[from].start), text: sentence.text });
    }
    lead = last.end;
    run = [];
  };
  for (const mention of hard) {
    const prev = run[run.length - 1];
    const gap = prev ? text.slice(prev.end, mention.start) : '';
    // "e.g. Python, Ruby or Perl, and SQL": after the "or" that closes a choice, "and" adds an ask of its own.
    const closed = run.length > 1 && run.slice(1).some((x, i) => /\bor\b/i.test(text.slice(run[i].end, x.start))) && /\band\b(?!\/)/i.test(gap);
    if (prev && (!LIST_GAP.test(gap) || closed)) flush(mention.start);
    run.push(mention);
  }
  flush(sentence.end);
  return groups;
}

/**
 * The employer speaking of itself: "We value integrity", "Our recruiting team", "At Acme we innovate"
 * — but "we are looking for", "we expect" go on to ask something of the candidate.
 */
const EMPLOYER_VOICE = /^\W*(?:(?:at|here at)\s+[\w&.' -]{1,40}?,?\s+)?(?:we|our|us|we're|we've)\b(?!\s+(?:are\s+|'re\s+)?(?:(?:also\s+)?looking|seek|seeking|want|expect|need|would love|'d love|love|hope|require|value candidates))/i;
/** Words that make a sentence outside the qualification sections ask something of the candidate. */
const CANDIDATE_CUE =
  /\b(?:you|your|you'll|you're|candidates?|applicants?|ability|able to|skills?|strong|excellent|must|should|required|preferred|comfortable|thrive|looking for|seeking)\b/i;
/** A sentence describing the person sought rather than the work or the workplace. */
const TRAIT_CUE =
  /\b(?:you are|you're|are you|you have|you've|have you|do you|you bring|you (?:will|'ll) (?:need|have|bring|be)|you should|you can|you must|you thrive|you enjoy|you love|we(?:'re| are)(?: also)? looking for|we seek|we want someone|the ideal candidate|ideal candidates?|successful candidates?|candidates? (?:should|must|will)|someone who|people who|ability to|able to)\b/i;
const SECOND_PERSON = /\b(?:you|your|you'll|you're)\b/i;
const LIST_ITEM = /^\s*(?:[-*+•●▪◦–]|\d{1,2}[.)])\s+/;
const HIRING_PROCESS = /^\W*(?:(?:our|the)\s+(?:(?:interview(?:ing)?|hiring|recruit(?:ment|ing)|application|selection)\s+)?|(?:interview(?:ing)?|hiring|recruit(?:ment|ing)|selection)\s+)process(?:\s+(?:is|looks like|has))?\s*[:–—-]/i;

/**
 * "Able to complete a pre-employment medical, including drug and alcohol testing", "must pass a police
 * check": a check before hiring, which asks for no skill ("testing" there is not software testing).
 */
const EMPLOYMENT_CHECK = /\b(?:pre-?employment|drug (?:and|&) alcohol|police (?:check|clearance)|criminal (?:record|background) check|background (?:check|screening)|medical (?:assessment|examination|check))\b/i;

/**
 * A soft skill counts where the posting asks it of the candidate: a qualification line, a duty of
 * the role, or a line addressed to the candidate — not the company's description of itself, its
 * values or its hiring process.
 */
function softSkillAsked(sentence: Sentence, section: JobSection['kind'], importance: Importance, hasQualificationSections: boolean): boolean {
  const text = sentence.text.replace(/^[\s\-*+•●▪◦–]+/, '');
  // "**Mentorship:** we pair you with…", "OWN – We are accountable…": a label, then the employer speaking.
  const afterLabel = text.replace(/^(?:\*\*[^*]{1,60}\*\*|[^.:–—]{1,40}[:–—])\s*[:–—]?\s*/, '');
  if (EMPLOYER_VOICE.test(text) || EMPLOYER_VOICE.test(afterLabel)) return false;
  if (importance !== 'other') return true;
  // A posting that lists its qualifications asks its soft skills there; elsewhere only a sentence
  // about the person sought ("you are…", "we're looking for someone who…") asks one — a duty
  // ("collaborate with partners") or an offer ("mentorship from seniors") does not.
  if (hasQualificationSections) return TRAIT_CUE.test(text);
  if (section === 'responsibilities') return true;
  // The description of the company asks nothing unless it speaks to the reader ("you will…").
  if (section === 'about') return SECOND_PERSON.test(text);
  // Under a heading we cannot place, a list item or a sentence addressed to the candidate is one.
  return LIST_ITEM.test(sentence.text) || CANDIDATE_CUE.test(text);
}

function firstOf(k: JobKeyword): number {
  const first = k.occurrences.find((o) => o.importance === k.importance) ?? k.occurrences[0];
  return first.start;
}

const ITEM = /^\s*(?:[-*+•●▪◦–]|\d{1,2}[.)])\s+(.*)$/;
const ITEM_CUE =
  /^(?:\*\*)?(?:(?:strong|solid|deep|good|excellent|working|basic|proven|demonstrated|hands-on|some|prior)\s+)*(?:experience|familiarity|knowledge|understanding|proficiency|proficient|ability|expertise|fluency|background|exposure|skills?|competence|comfort|comfortable)\b/i;

/**
 * A section under a heading we do not know ("In your toolkit") whose list items mostly read as
 * requirements ("Familiarity with…", "Ability to…") is a requirements list whatever it is called.
 */
function readsAsRequirements(text: string, section: JobSection): boolean {
  const items = text
    .slice(section.range.start, section.range.end)
    .split('\n')
    .map((l) => ITEM.exec(l)?.[1])
    .filter((l): l is string => !!l);
  return items.length >= 3 && items.filter((i) => ITEM_CUE.test(i)).length * 2 >= items.length;
}

/**
 * The taxonomy's name for a one-word product when a capitalised word just before it in the sentence is
 * its vendor ("Microsoft" before "… (Word, Excel)" makes "Word" Microsoft Word).
 */
function vendorsProduct(before: string, keyword: string): string | undefined {
  if (!/^[A-Z][a-z]+$/.test(keyword)) return undefined;
  for (const m of before.matchAll(/\b([A-Z][A-Za-z]+)\b/g)) {
    const skill = lookupSkill(`${m[1]} ${keyword}`);
    if (skill && skill.name.toLowerCase() === `${m[1]} ${keyword}`.toLowerCase()) return skill.name;
  }
  return undefined;
}

/**
 * Sections read by what they hold and where they stand. Under a heading no rule knows, a list whose
 * items mostly read as requirements is the requirements; a list of skill names right after the
 * requirements is the wish list ("**Baseline**" then "**Differentiators**"), and one right before the
 * wish list is the requirements, as postings put the preferred qualifications after the required ones.
 * A board's bare tag list is no requirements.
 */
function readUnknownSections(text: string, sections: JobSection[], mentions: readonly SkillMention[]): JobSection[] {
  // A board's tag list ("Top Skills" over "Docker / GCP / Kafka", one name a line) beside the employer's
  // own qualifications written out: the board's summary, which asks nothing the text does not.
  const written = sections.some((s) => (s.kind === 'required' || s.kind === 'preferred') && !isTagList(text, s) && /\S(?:\s+\S+){5}/.test(text.slice(s.range.start, s.range.end)));
  if (written) sections = sections.map((s) => (s.kind === 'required' && /\bskills?\b/i.test(s.title) && isTagList(text, s) ? { ...s, kind: 'other' } : s));
  const read: JobSection[] = [];
  sections.forEach((s, k) => {
    const unknown = s.kind === 'other' && s.headingRange && s.title !== TRANSLATION;
    const previous = read[read.length - 1];
    const next = sections[k + 1];
    if (unknown && readsAsRequirements(text, s)) read.push({ ...s, kind: 'required' });
    else if (unknown && previous?.kind === 'required' && previous.headingRange && namesSkills(text, s, mentions)) read.push({ ...s, kind: 'preferred' });
    // A list of skills right before the wish list, with no requirements section of its own: the requirements.
    else if (unknown && next?.kind === 'preferred' && next.headingRange && !sections.some((o) => o.kind === 'required') && namesSkills(text, s, mentions)) read.push({ ...s, kind: 'required' });
    else read.push(s);
  });
  return read;
}

/** A first block of four lines or more of bare names (one to three words, no sentence), with or without list markers. */
function isTagList(text: string, section: JobSection): boolean {
  // A loose list ("- HVAC Design", a blank line, "- AutoCAD", …) is one block: its items are what counts.
  const block = text
    .slice(section.range.start, section.range.end)
    .replace(/^\s*\n/, '')
    .replace(/(^[ \t]*[-*+•●▪◦][ \t]+[^\n]*)\n[ \t]*\n(?=[ \t]*[-*+•●▪◦][ \t]+)/gm, '$1\n')
    .split(/\n[ \t]*\n/)[0];
  const lines = block.split('\n').map((l) => l.replace(/^\s*(?:[-*+•●▪◦]\s+)?/, '').trim()).filter(Boolean);
  return lines.length >= 4 && lines.every((l) => l.split(/\s+/).length <= 3 && !/[.,;:!?]\s|[.!?]$/.test(l));
}

/** Two or more list items, most of them naming a skill. */
function namesSkills(text: string, section: JobSection, mentions: readonly SkillMention[]): boolean {
  const items: { start: number; end: number }[] = [];
  let at = section.range.start;
  for (const line of text.slice(section.range.start, section.range.end).split('\n')) {
    if (ITEM.test(line)) items.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  const naming = items.filter((i) => mentions.some((m) => m.start >= i.start && m.end <= i.end)).length;
  return items.length >= 2 && naming * 2 > items.length;
}

/**
 * A heading flattened into the middle of a line ("… teamwork. Preferred Qualifications: • Good
 * understanding of …") governs the rest of that line.
 */
function inlineHeadingKind(text: string, offset: number): JobSection['kind'] | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  let kind: JobSection['kind'] | undefined;
  for (const m of before.matchAll(/(?:^|[.!?•]\s+)([A-Z][A-Za-z' ]{2,40}):/g)) {
    const k = classifyHeading(m[1]);
    if (k === 'required' || k === 'preferred' || k === 'responsibilities') kind = k;
  }
  return kind;
}

/** The clause of a sentence that holds its preferred cue, when the sentence has more than one clause. */
function preferredClause(sentence: Sentence): { start: number; end: number } | undefined {
  const cue = PREFERRED_INLINE.exec(sentence.text);
  if (!cue) return undefined;
  const breaks = [...sentence.text.matchAll(CLAUSE_BREAK)].map((m) => m.index! + m[0].length);
  if (!breaks.length) return undefined;
  const start = Math.max(0, ...breaks.filter((b) => b <= cue.index));
  const end = Math.min(sentence.text.length, ...breaks.filter((b) => b > cue.index));
  if (start === 0 && end === sentence.text.length) return undefined;
  return { start: sentence.start + start, end: sentence.start + end };
}

function importanceOf(sentence: Sentence, section: JobSection['kind'], hasQualificationSections: boolean): Importance {
  if (section === 'required') return PREFERRED_INLINE.test(sentence.text) ? 'preferred' : 'required';
  if (section === 'preferred') return 'preferred';
  // A posting without qualification headings: requirement phrasing decides.
  if (!hasQualificationSections && section !== 'about') {
    if (PREFERRED_INLINE.test(sentence.text)) return 'preferred';
    if (REQUIREMENT_CUE.test(sentence.text)) return 'required';
  }
  return 'other';
}

/**
 * A posting's own header fields ("Position Title: Lab Assistant, Genomics", "Department: Data
 * Platform", a job board's facts such as "Role Category: Software Development" or "Employment Type:
 * Full Time"), and its identifiers ("Position Id: QA-27-001"): they name the job and the team, not a
 * skill asked of the candidate. Only a short value that is not a sentence, so "Role: you will build
 * Python services." is still read.
 */
const HEADER_FIELD = /^[ \t]*(?:[-*•][ \t]+)?(?:\*\*)?(?:job title|position title|posting title|title|position|department|division|team|group|unit|role|role category|job category|job family|functional area|industry(?: type)?|employment type|job type|(?:job|position|posting|requisition|req|vacancy|reference|ref)\.?[ \t]*(?:id|#|no\.?|number|code))(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]*([^\n]{1,90})$/gim;
function headerFieldRanges(text: string, bodyStart: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.slice(bodyStart).matchAll(HEADER_FIELD)) {
    if (/[.!?]\s*$/.test(m[1]) || m[1].split(/\s+/).length > 10) continue;
    const start = bodyStart + m.index! + m[0].length - m[1].length;
    out.push({ start, end: start + m[1].length });
  }
  return out;
}

/**
 * Where a posting names publication venues: "publications at NeurIPS or similar venues", "papers in
 * top journals such as Nature or Cell", "ICRA, IROS or other conferences". Venues are where work is
 * published, not skills.
 */
const VENUE_LIST = [
  // One publishes at a venue, in a field ("papers in robotics" names the field, which is read).
  /\b(?:publications?|papers?|published|publish(?:ing)?)\s+(?:[\w-]+\s+){0,3}?at\s+([^.;\n]*)/gi,
  /\b(?:venues|conferences|journals|workshops)\s+(?:such as|like|including|\(e\.g\.,?)\s+([^.;\n)]*)/gi,
  /((?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s*,\s*)*[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,?\s+(?:or|and|and\/or)\s+(?:similar|other|comparable|equivalent)\s+(?:top[- ]tier\s+|major\s+|peer-reviewed\s+)?(?:venues|conferences|journals|workshops))\b/g,
];
function venueRanges(text: string, bodyStart: number): { start: number; end: number }[] {
  const body = text.slice(bodyStart);
  const out: { start: number; end: number }[] = [];
  for (const re of VENUE_LIST) {
    for (const m of body.matchAll(re)) {
      const start = bodyStart + m.index! + m[0].indexOf(m[1]);
      out.push({ start, end: start + m[1].length });
    }
  }
  return out;
}

/**
 * "(e.g., a robotics club, Solar Car Team, a campus machine shop)": a list of examples in which an item
 * opens with an article or possessive names experiences — teams, clubs, jobs — not tools, so the
 * capitalised names in it are not read as skills by their shape (taxonomy skills still are).
 */
const EXAMPLE_PARENS = /\((?:e\.g\.,?|such as|for example,?|including|like)\s+([^()]*)\)/gi;
function experienceExampleRanges(sentence: Sentence): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of sentence.text.matchAll(EXAMPLE_PARENS)) {
    const items = m[1].split(/\s*,\s*|\s+(?:or|and)\s+/).map((i) => i.replace(/^(?:or|and)\s+/i, ''));
    if (items.some((i) => /^(?:a|an|the|any|some|your|our|their|one)\s/i.test(i))) out.push({ start: sentence.start + m.index!, end: sentence.start + m.index! + m[0].length });
  }
  return out;
}

/**
 * "(we use Azure DevOps)", "— we use Postgres and you'll write migrations", "(we're on GCP)": an aside
 * on the team's own stack, inside a requirement. It tells the candidate what they will meet, not what
 * they must bring (the requirement around it is the ask), so names in it are not asked for. It ends at
 * "but", which turns back to the ask. When that "but" (or the clause after a semicolon) lets other tools
 * count as well ("— we use Looker, but Tableau or Power BI experience transfers"; "(we use Freshservice;
 * ServiceNow experience transfers)"), the team's tool is the first of the accepted ones and stays asked
 * for: it is no aside.
 */
const BUT_ALSO_COUNTS = /^(?:,?\s+but\b|\s*;)(?:[^.;()]|\.(?=\w))*?\b(?:counts?(?: too| as well)?|transfers?|(?:is|are) (?:also )?(?:fine|ok|okay|welcome)|works? (?:too|as well|just as well))\b/i;
const TEAM_STACK_ASIDE =
  /(?:\(|[—–]\s*|\s-\s+|[,;]\s+)((?:we(?:'re|’re| are)?|the team(?: is)?|our team(?: is)?)\s+(?:(?:currently|mostly|mainly|primarily|also)\s+)?(?:use|uses|using|on|run|running|work in|build (?:on|with))\b[^()]*?)(?=\)|;|,?\s+but\s|$)/gi;
function teamStackRanges(sentence: Sentence, text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of sentence.text.matchAll(TEAM_STACK_ASIDE)) {
    const start = sentence.start + m.index! + m[0].length - m[1].length;
    // What follows the aside, read past the sentence's end (a semicolon may end a sentence), to the line's end.
    const lineEnd = text.indexOf('\n', start);
    const after = text.slice(start + m[1].length, lineEnd === -1 ? undefined : lineEnd);
    if (BUT_ALSO_COUNTS.test(after)) continue;
    out.push({ start, end: start + m[1].length });
  }
  return out;
}

/** A short lead-in that ends in a colon on a line of its own: "Knowledge of:", "Skill in:", "Proficiency with:". */
const LEAD_IN = /^(?:(?:working |sound |good |strong |demonstrated )?(?:knowledge|skills?|proficiency|experience|familiarity|expertise|competence|understanding)(?: (?:of|in|with))?|(?:must|should) (?:have|know))\s*:$/i;

/**
 * Whether a sentence is a line of a list that lost its markers under a lead-in: it opens its line,
 * carries no list marker, and sits on the line right under the lead-in or under such a line.
 */
function isUnmarkedItemUnder(text: string, sentence: Sentence, previous: Sentence | undefined, previousWasItem: boolean): boolean {
  if (!previous) return false;
  const gap = text.slice(previous.end, sentence.start);
  if (!/^[ \t]*\n[ \t]*$/.test(gap)) return false;
  if (/^(?:[-*+•●▪◦–]|\d{1,2}[.)])\s/.test(sentence.text) || /:$/.test(sentence.text)) return false;
  if (sentence.text.split(/\s+/).length > 12) return false;
  return previousWasItem || LEAD_IN.test(previous.text);
}

/** The sentence read as a list item: a marker put before it, its offsets kept (start moves back by the marker's length). */
function asListItem(sentence: Sentence): Sentence {
  return { start: sentence.start - 2, end: sentence.end, text: `- ${sentence.text}` };
}
