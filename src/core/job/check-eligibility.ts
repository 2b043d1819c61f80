// Checks each eligibility statement of a posting against what the resume shows (degree, graduation
// date, enrollment, from Education and the header) and the user's optional `profile` in
// .bulletproof.json. The answer is met, not met, or unknown — never a guess about a person's
// status: without a fact to compare, the check says what is missing.

import type { ResumeDocument } from '../document/types';
import type { EligibilityCheck, EligibilityProfile } from './eligibility-types';
import type { EligibilityAsk } from './eligibility';
import { earnedHonoursClass, requiredHonoursClass } from './honours';
import { formatMonth, monthOf, parseMonthYear } from './dates';
import { degreeLevelsIn } from './requirements';
import type { DegreeLevel } from './types';

export interface EligibilityOptions {
  profile?: EligibilityProfile;
  /**
   * The day to judge deadlines and "currently enrolled" by. Core reads no clock: the edges pass it,
   * and without it those two checks stay unknown.
   */
  today?: Date;
}

const LEVEL_RANK: Record<DegreeLevel, number> = { associate: 1, bachelor: 2, master: 3, phd: 4 };
const LEVEL_NAME: Record<DegreeLevel, string> = { associate: "an associate's", bachelor: "a bachelor's", master: "a master's", phd: 'a PhD' };

/** What the resume and profile say about the person's education. */
interface Facts {
  level?: { level: DegreeLevel; source: string };
  /** Graduation month (year*12 + month) and where it was read. */
  graduation?: { month: number; source: string };
  /** No degree, but Education names a credential below one ("Diploma in Mechanical Engineering"). */
  belowDegree?: { credential: string; source: string };
}

/**
 * Credentials below a bachelor's: a (polytechnic) diploma, a certificate, a school-leaving certificate.
 * Not a graduate or postgraduate diploma (after a degree), nor the German "Diplom" / "Dipl.-Ing." (a degree).
 */
const BELOW_DEGREE = /\b(?:higher national diploma|diploma|HND|high school|secondary school|GED|SSLC|HSSC|HSC)\b/i;
const DEGREE_LIKE_DIPLOMA = /\b(?:post-?\s?graduate|graduate|advanced)\s+diploma\b|\bdipl(?:om)?\.?-?\s?ing\b|\bdiplom\b(?!a)/i;

export function checkEligibility(asks: EligibilityAsk[], doc: ResumeDocument | undefined, options: EligibilityOptions = {}): EligibilityCheck[] {
  const today = options.today;
  const facts = educationFacts(doc, options.profile);
  return asks.map((ask) => {
    const { levels, equivalentExperience, withYears, window, country, residentToo, place, placeRequired, date, ...requirement } = ask;
    const verdict = judge(ask, facts, options.profile, today, doc);
    return { ...requirement, ...verdict };
  });
}

function judge(ask: EligibilityAsk, facts: Facts, profile: EligibilityProfile | undefined, today: Date | undefined, doc: ResumeDocument | undefined): Pick<EligibilityCheck, 'status' | 'detail'> {
  switch (ask.kind) {
    case 'degree': {
      // A level accepted only with years of experience is not met by the degree alone.
      const conditional = new Map((ask.withYears ?? []).map((c) => [c.level, c.years]));
      const levels = (ask.levels ?? []).filter((l) => !conditional.has(l));
      if (!levels.length) return unknown('the posting names no degree level');
      const min = levels.reduce((a, b) => (LEVEL_RANK[a] <= LEVEL_RANK[b] ? a : b));
      const asked = levels.map((l) => LEVEL_NAME[l]).join(' or ');
      // Education that lists only a diploma or a school certificate shows no degree: not met, unless the
      // posting takes equivalent experience instead.
      if (!facts.level && facts.belowDegree && LEVEL_RANK[min] >= LEVEL_RANK.bachelor) {
        const shown = `${facts.belowDegree.source} shows ${facts.belowDegree.credential} and no degree`;
        return ask.equivalentExperience ? unknown(`asks for ${asked} or equivalent experience; ${shown}`) : notMet(`asks for ${asked}; ${shown}`);
      }
      if (!facts.level) return unknown(`asks for ${asked}; no degree found in Education or the profile`);
      const have = facts.level;
      if (LEVEL_RANK[have.level] >= LEVEL_RANK[min]) {
        // "at least a Second Class (Lower) Honours" and a resume that states a lower class.
        const bar = requiredHonoursClass(ask.text);
        const earned = bar && doc ? earnedHonoursClass(educationText(doc)) : undefined;
        if (bar && earned && earned.rank < bar.rank) return notMet(`asks for ${asked} with at least ${bar.name}; your Education shows ${earned.name}`);
        return met(`asks for ${asked}; ${have.source} shows ${LEVEL_NAME[have.level]}`);
      }
      const years = conditional.get(have.level);
      if (years !== undefined) return withExperience(asked, have, years, doc, today);
      if (ask.equivalentExperience) return unknown(`asks for ${asked} or equivalent experience; ${have.source} shows ${LEVEL_NAME[have.level]}`);
      return notMet(`asks for ${asked}; ${have.source} shows ${LEVEL_NAME[have.level]}`);
    }
    case 'enrollment': {
      if (!facts.graduation) return unknown('no graduation date in Education or the profile to tell whether you are enrolled');
      const g = facts.graduation;
      if (!today) return unknown(`${g.source} shows graduation in ${formatMonth(g.month)}; no date was given to compare it with`);
      if (g.month >= monthOf(today)) return met(`${g.source} shows graduation in ${formatMonth(g.month)}, after today`);
      return notMet(`${g.source} shows graduation in ${formatMonth(g.month)}, before today; the posting asks for a current student`);
    }
    case 'graduation': {
      const w = ask.window ?? {};
      const span = `${w.from !== undefined ? formatMonth(w.from) : '…'} – ${w.to !== undefined ? formatMonth(w.to) : '…'}`;
      if (!facts.graduation) return unknown(`asks for graduation in ${span}; no graduation date in Education or the profile`);
      const g = facts.graduation;
      const inside = (w.from === undefined || g.month >= w.from) && (w.to === undefined || g.month <= w.to);
      return inside
        ? met(`asks for graduation in ${span}; ${g.source} shows ${formatMonth(g.month)}`)
        : notMet(`asks for graduation in ${span}; ${g.source} shows ${formatMonth(g.month)}`);
    }
    case 'authorization': {
      const list = profile?.workAuthorization;
      if (!list?.length) return unknown('set profile.workAuthorization in .bulletproof.json to check this');
      if (!ask.country) return unknown(`the posting asks for work authorization without naming a country; your profile lists ${list.join(', ')}`);
      const hit = list.find((c) => sameCountry(c, ask.country!));
      return hit ? met(`your profile lists ${hit}`) : notMet(`asks for authorization to work in ${ask.country}; your profile lists ${list.join(', ')}`);
    }
    case 'citizenship': {
      // Work authorization is not citizenship: a green card or a work permit does not meet it.
      const list = profile?.citizenship;
      const asked = `${ask.country} citizenship${ask.residentToo ? ' or permanent residence' : ''}`;
      if (!list?.length) return unknown(`asks for ${asked}; set profile.citizenship in .bulletproof.json to check this`);
      const hit = list.find((c) => sameCountry(c, ask.country!));
      if (hit) return met(`your profile lists ${hit} citizenship`);
      // Permanent residence is not in the profile: say what to check rather than guess.
      return ask.residentToo
        ? unknown(`asks for ${asked}; your profile lists ${list.join(', ')} citizenship — check whether you hold ${ask.country} permanent residence (a visa or work permit does not count)`)
        : notMet(`asks for ${asked}; your profile lists ${list.join(', ')}`);
    }
    case 'sponsorship': {
      if (profile?.needsSponsorship === undefined) return unknown('the posting offers no sponsorship; set profile.needsSponsorship in .bulletproof.json to check this');
      return profile.needsSponsorship
        ? notMet('the posting offers no sponsorship and your profile says you need it')
        : met('your profile says you need no sponsorship');
    }
    case 'location': {
      const places = profile?.locations;
      if (!places?.length) return unknown(`asks for ${ask.place ?? 'a location'}; set profile.locations in .bulletproof.json to check this`);
      const text = ask.text.toLowerCase();
      const hit = places.find((p) => text.includes(p.toLowerCase()) || (ask.place && samePlace(p, ask.place)));
      if (hit) return met(`your profile lists ${hit}`);
      // Names are compared, not maps: "Seattle" is not known to lie in "Washington", so the profile
      // should name the region too ("Seattle, WA, US"). Only a clear requirement is judged not met.
      const listed = `your profile lists ${places.join(', ')}`;
      return ask.placeRequired
        ? notMet(`asks to be in ${ask.place}; ${listed} (list the country or region too if one of those lies in it)`)
        : unknown(`asks for ${ask.place ?? 'a location'}; ${listed}`);
    }
    case 'deadline': {
      if (!ask.date) return unknown('a deadline is stated but its date could not be read');
      if (!today) return unknown(`apply by ${ask.date}; no date was given to compare it with`);
      const day = today.toISOString().slice(0, 10);
      return ask.date >= day ? met(`apply by ${ask.date}`) : notMet(`the deadline ${ask.date} has passed`);
    }
  }
}

/**
 * "Associate degree + 8 years of relevant experience": the years the resume's Experience entries span
 * (overlaps counted once). Fewer than asked is not met; enough is still unknown, since only the person
 * can say whether those years are the relevant experience the posting means.
 */
function withExperience(asked: string, have: NonNullable<Facts['level']>, years: number, doc: ResumeDocument | undefined, today: Date | undefined): Pick<EligibilityCheck, 'status' | 'detail'> {
  const alt = `asks for ${asked}, or ${LEVEL_NAME[have.level]} with ${years} years of relevant experience; ${have.source} shows ${LEVEL_NAME[have.level]}`;
  const months = experienceMonths(doc, today);
  if (months === undefined) return unknown(`${alt}, and the years of experience could not be read from dated Experience entries`);
  const shown = Math.floor((months / 12) * 10) / 10;
  if (months < years * 12) return notMet(`${alt} and about ${shown} years in dated Experience entries`);
  return unknown(`${alt} and about ${shown} years in dated Experience entries: check that ${years} of them are the relevant experience the posting means`);
}

/** Months covered by the dated entries of work sections, overlaps once; undefined when none is dated or a current one cannot be measured. */
function experienceMonths(doc: ResumeDocument | undefined, today: Date | undefined): number | undefined {
  if (!doc) return undefined;
  const spans: [number, number][] = [];
  for (const s of doc.sections) {
    if (s.kind !== 'experience') continue;
    for (const e of s.entries) {
      const d = e.dates;
      if (d?.start === undefined) continue;
      const end = d.current ? (today ? monthOf(today) : undefined) : d.end;
      if (end === undefined) return undefined;
      if (end >= d.start) spans.push([d.start, end + 1]);
    }
  }
  if (!spans.length) return undefined;
  spans.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [from, to] = spans[0];
  for (const [a, b] of spans.slice(1)) {
    if (a > to) {
      total += to - from;
      [from, to] = [a, b];
    } else to = Math.max(to, b);
  }
  return total + to - from;
}

/** The text of the resume's Education sections. */
function educationText(doc: ResumeDocument): string {
  return doc.sections
    .filter((s) => s.kind === 'education')
    .map((s) => doc.text.slice(s.range.start, s.range.end))
    .join('\n');
}

const met = (detail: string) => ({ status: 'met' as const, detail });
const notMet = (detail: string) => ({ status: 'not-met' as const, detail });
const unknown = (detail: string) => ({ status: 'unknown' as const, detail });

function educationFacts(doc: ResumeDocument | undefined, profile: EligibilityProfile | undefined): Facts {
  const facts: Facts = {};
  const levelFrom = (text: string | undefined, source: string) => {
    for (const level of degreeLevelsIn(text ?? '')) {
      if (!facts.level || LEVEL_RANK[level] > LEVEL_RANK[facts.level.level]) facts.level = { level, source };
    }
  };
  if (profile?.degree) levelFrom(profile.degree, 'your profile');
  if (!facts.level && doc) {
    levelFrom(doc.profile.degree, 'your resume');
    for (const s of doc.sections) {
      if (s.kind !== 'education') continue;
      for (const e of s.entries) levelFrom([e.heading.text, e.title, e.role].filter(Boolean).join(' '), 'your Education');
    }
    if (!facts.level && !profile?.degree) {
      for (const s of doc.sections) {
        if (s.kind !== 'education') continue;
        const text = doc.text.slice(s.headingRange?.end ?? s.range.start, s.range.end);
        const m = BELOW_DEGREE.exec(text);
        if (m && !DEGREE_LIKE_DIPLOMA.test(text)) facts.belowDegree = { credential: /diploma|hnd/i.test(m[0]) ? 'a diploma' : 'a school-leaving certificate', source: 'your Education' };
      }
    }
  }
  const fromProfile = profile?.graduation ? parseGraduation(profile.graduation) : undefined;
  if (fromProfile !== undefined) facts.graduation = { month: fromProfile, source: 'your profile' };
  else if (doc) {
    const header = doc.profile.graduation ? parseGraduation(doc.profile.graduation) : undefined;
    if (header !== undefined) facts.graduation = { month: header, source: 'your resume' };
    else {
      // The latest end date among education entries: the degree in progress, or the last one earned.
      let latest: number | undefined;
      for (const s of doc.sections) {
        if (s.kind !== 'education') continue;
        for (const e of s.entries) {
          const end = e.dates?.end ?? (e.dates?.current ? undefined : e.dates?.start);
          if (end !== undefined && (latest === undefined || end > latest)) latest = end;
        }
      }
      if (latest !== undefined) facts.graduation = { month: latest, source: 'your Education' };
    }
  }
  return facts;
}

function parseGraduation(text: string): number | undefined {
  const m = /((?:[A-Za-z]+\.?\s+)?20\d\d|\d{1,2}\/20\d\d)\s*$/.exec(text.replace(/^(expected|anticipated|graduat\w*)[:\s]+/i, '').trim());
  return m ? (parseMonthYear(m[1], 'end') ?? parseMonthYear(m[1].replace(/^\S+\s+/, ''), 'end')) : undefined;
}

const COUNTRY_NAMES: Record<string, string> = {
  us: 'us', usa: 'us', 'u.s': 'us', 'u.s.a': 'us', 'united states': 'us', 'united states of america': 'us', america: 'us',
  uk: 'uk', 'u.k': 'uk', 'united kingdom': 'uk', britain: 'uk', 'great britain': 'uk',
  eu: 'eu', 'european union': 'eu',
};

function sameCountry(a: string, b: string): boolean {
  const key = (s: string) => {
    const t = s.toLowerCase().replace(/^the\s+/, '').replace(/\.$/, '').trim();
    return COUNTRY_NAMES[t] ?? t;
  };
  return key(a) === key(b);
}

/** Any part of a place ("Toronto, ON, Canada") names any of the places asked ("Canada or the US"). */
function samePlace(profilePlace: string, asked: string): boolean {
  const parts = (s: string) => s.split(/\s*(?:,|\/|\bor\b|\band\b)\s*/i).map((p) => p.trim()).filter(Boolean);
  const mine = [profilePlace, ...parts(profilePlace)];
  const theirs = [asked, ...parts(asked)];
  return mine.some((a) => theirs.some((b) => sameCountry(a, b)));
}
