// Bullets too long to skim (more than 35 words or about two printed lines) or too short to say what
// was done, how and with what result (fewer than 5 words, for bullets that open with a verb), in
// experience, projects, research and leadership sections. Labels ("Stack: React, Go") and bare links
// are not narrative bullets. Items of skills, awards, education and certifications sections written
// as prose are checked for "too long" only.
import type { Rule, RuleFinding } from '../types';
import { words } from '../text/words';
import { bulletFinding, narrativeBullets, numberOption } from './util';
import { knownVerbs, openingVerb } from './opening-verb';
import type { Bullet, SectionKind } from '../document/types';
import { visibleText } from '../text/visible';

/**
 * Sections whose bullets are skimmed as well, where only "too long" applies: a skill, award or
 * course described in a paragraph is as hard to skim as a long accomplishment, while short items
 * are their normal form. Publications (a citation is as long as it is) are not among them.
 */
const LONG_ONLY_KINDS = new Set<SectionKind>(['skills', 'awards', 'education', 'certifications']);

/**
 * Words of running prose (articles, pronouns, forms of "be" and "have"): a long skills or awards item
 * with two of them, or with two sentences, is written as prose ("The award honours students who …");
 * one without is a list of things held ("R • unit tests, CI, package releases • data
 * visualisation"), long by nature.
 */
const PROSE_WORDS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'which', 'who', 'whom', 'whose', 'i', 'me', 'my', 'we', 'our', 'us', 'they', 'their', 'them', 'he', 'she', 'his', 'her', 'it', 'its', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had']);

function isProseItem(bullet: Bullet, printed: string): boolean {
  if (bullet.source === 'table' || bullet.source === 'line') return false;
  return words(printed).filter((w) => PROSE_WORDS.has(w.lower)).length >= 2 || /\p{Ll}[.!?]\s+\p{Lu}/u.test(printed);
}

/**
 * "\item Kept 100% compliance with …": an unescaped "%" in LaTeX starts a comment, so the bullet is short
 * only because the rest of its line is cut off; renders-wrongly reports the cut, and its fix (escape the
 * "%") is the right one, not a longer bullet.
 */
function cutByComment(source: string, bullet: Bullet): boolean {
  const lineEnd = source.indexOf('\n', bullet.range.end);
  return /^\s*%\s*\p{L}/u.test(source.slice(bullet.range.end, lineEnd < 0 ? undefined : lineEnd)) && source[bullet.range.end - 1] !== '\\';
}

const LABEL = /^[\p{L}][\p{L}\p{N} &/+-]{0,30}:\s/u;

export const bulletLength: Rule = {
  id: 'bullet-length',
  category: 'style',
  defaultSeverity: 'info',
  description: 'Bullets longer than 35 words (about two lines) or shorter than 5 words.',
  docs: {
    why: 'Reviewers skim: a bullet over two lines gets skipped, and a three-word bullet cannot say what you did, how, and what came of it.',
    bad: 'Worked on the migration of our legacy monolithic billing application, which had been running on on-premise servers for more than ten years, to a set of containerized microservices on AWS, coordinating with the finance, security and platform teams throughout the process.',
    good: 'Migrated a 10-year-old billing monolith to 6 containerized services on AWS, coordinating finance, security and platform teams.',
  },
  check(doc, { options, lexicon }) {
    const verbs = knownVerbs(lexicon);
    // Too short to say what was done: only a bullet that claims an action ("Fixed bugs."). Titles
    // ("IT coordinator"), skills ("Systems thinking"), language levels, status lines ("Preparing for
    // submission") and table cells are short by nature.
    // A duty phrase claims work as well ("Responsible for ticket queue.").
    const duties = lexicon.weakOpenings.filter((w) => !w.verb && !w.phrase.includes('…')).map((w) => w.phrase);
    const opensWithFiniteVerb = (b: Bullet) => {
      const v = openingVerb(b, verbs);
      const lower = b.text.trim().toLowerCase();
      return (!!v && v.form !== 'gerund') || duties.some((d) => lower.startsWith(`${d} `));
    };
    // "Code review." closing a list whose other items open with verbs: a duty left as a fragment, not a title or a skill.
    const fragmentAmongActions = (b: Bullet, count: number) => {
      if (count > 2 || !b.entry || !/[.]$/.test(b.text.trim())) return false;
      const siblings = doc.bullets.filter((o) => o !== b && o.entry === b.entry);
      return siblings.length >= 2 && siblings.filter(opensWithFiniteVerb).length >= siblings.length * 0.75;
    };
    const maxWords = numberOption(options, 'maxWords', 35);
    const minWords = numberOption(options, 'minWords', 5);
    const maxChars = numberOption(options, 'maxChars', 220);
    const out: RuleFinding[] = [];
    const narrative = new Set(narrativeBullets(doc));
    for (const bullet of doc.bullets.filter((b) => narrative.has(b) || LONG_ONLY_KINDS.has(b.section.kind))) {
      const text = bullet.text;
      if (LABEL.test(text)) continue;
      const source = doc.text.slice(bullet.range.start, bullet.range.end).trim();
      if (/^\[[^\]]*\]\([^)]*\)$/.test(source) || /^<[^>]+>$/.test(source)) continue;
      // Length as printed: raw LaTeX in a Markdown resume (`\textbf{…}`, `\href{url}{…}`) takes no room on the page.
      const printed = visibleText(text);
      const count = words(printed).length;
      if ((count > maxWords || printed.length > maxChars) && (narrative.has(bullet) || isProseItem(bullet, printed))) {
        const why = count > maxWords ? `${count} words (more than ${maxWords})` : `${printed.length} characters (more than ${maxChars}, about two lines)`;
        const advice = narrative.has(bullet) ? 'keep the action and the result, cut the rest or split it' : 'keep what it says about you, cut the rest or split it';
        out.push(bulletFinding(bullet, 0, text.length, `This bullet has ${why}: ${advice}.`));
      } else if (narrative.has(bullet) && count < minWords && bullet.source !== 'table' && (opensWithFiniteVerb(bullet) || fragmentAmongActions(bullet, count)) && !cutByComment(doc.text, bullet)) {
        out.push(
          bulletFinding(
            bullet,
            0,
            text.length,
            `This bullet has only ${count} word${count === 1 ? '' : 's'} (fewer than ${minWords}): say what you did, how, and what came of it.`,
          ),
        );
      }
    }
    return out;
  },
};
