// Contact details a recruiter needs: an e-mail address, a LinkedIn profile, and for software
// resumes a GitHub (or GitLab) profile. Found in front matter or anywhere in the text (the parser's
// profile). "Software" comes from the `field` option or, by default, from the work: a software job
// title, or a third of the work bullets naming programming languages or frameworks (software-resume.ts).
import type { ResumeDocument } from '../document/types';
import type { Rule, RuleFinding } from '../types';
import { isSoftwareResume, softwareShare } from './software-resume';
import { codeMaskedText, documentTopRange } from './source-scan';

const CODE_HOST = /\b(?:gitlab\.com|bitbucket\.org|codeberg\.org)\/[\w-]+/i;
// Contacts outside the header (a "Contacts" block at the end, a badge image linking to the profile,
// repository links): the reader finds them, so they are not missing. Anchored on literals, no backtracking.
const EMAIL_ANYWHERE = /[\w.+-]@[\w-]+\.[a-z]{2,}/i;
const LINKEDIN_ANYWHERE = /linkedin\.com\/(?:in|pub|profile)\//i;
const GITHUB_ANYWHERE = /github\.com\/[\w-]+/i;

/**
 * A page of a static site (front matter with `layout` or `permalink`, as Jekyll and Hugo write it)
 * that names no one and gives no contact: the site's layout prints the header, not this file.
 */
function isSitePageWithoutHeader(doc: ResumeDocument): boolean {
  const fm = doc.frontMatter.data;
  const { name, email, phone, linkedin, github, website } = doc.profile;
  return ('layout' in fm || 'permalink' in fm) && !name && !email && !phone && !linkedin && !github && !website;
}

/** Off switch for the role test (measurement only): off, two languages anywhere make a software resume. */
export const ROLE_TEST = { on: true };

/** True when at least two distinct languages or frameworks appear in the resume's prose. */
export function looksLikeSoftwareResume(doc: ResumeDocument): boolean {
  return softwareShare(doc).prose >= 2;
}

/** The work is software: a software job title first, else a third of the bullets making software (software-resume.ts). */
function softwareByWork(doc: ResumeDocument): boolean {
  return ROLE_TEST.on ? isSoftwareResume(doc) : looksLikeSoftwareResume(doc);
}

export const missingContact: Rule = {
  id: 'missing-contact',
  category: 'structure',
  defaultSeverity: 'warning',
  description: 'No e-mail address, no LinkedIn profile, or (for software resumes) no GitHub profile.',
  docs: {
    why: 'A recruiter who likes the resume acts within minutes: without an e-mail address there is no way to reply, and in tech hiring the LinkedIn and GitHub profiles are usually checked before a call.',
    bad: '# Wei Zhang\nToronto, ON · (416) 555-0199',
    good: '# Wei Zhang\nToronto, ON · wei.zhang@example.com · [LinkedIn](https://www.linkedin.com/in/wei-zhang) · [GitHub](https://github.com/weizhang)',
  },
  check(doc, { options }) {
    if (!doc.text.trim()) return [];
    if (isSitePageWithoutHeader(doc)) return [];
    const { profile } = doc;
    const range = documentTopRange(doc);
    const out: RuleFinding[] = [];
    // The front matter as written too: a template's header items ("- text: … / link: mailto:…",
    // "link: https://github.com/…") print the contacts whatever their keys are named. Not a Hugo page's
    // TOML (`+++`): Hugo prints its params only through a layout, never from the content.
    const fmRange = doc.text.startsWith('+++') ? undefined : doc.frontMatter.range;
    const visible = codeMaskedText(doc) + (fmRange ? `\n${doc.text.slice(fmRange.start, fmRange.end)}` : '');
    if (!profile.email && !EMAIL_ANYWHERE.test(visible)) {
      out.push({ range, message: 'No e-mail address: add one to the header (or `email:` in the front matter) so a recruiter can reply.' });
    }
    if (!profile.linkedin && !LINKEDIN_ANYWHERE.test(visible)) {
      out.push({ range, severity: 'info', message: 'No LinkedIn profile link: most US and Canadian recruiters check it; add linkedin.com/in/… to the header.' });
    }
    const field = typeof options.field === 'string' ? options.field.toLowerCase() : undefined;
    // Software by the work itself (titles, share of bullets naming a language), not by a mention of Python or SQL.
    const software = field ? field === 'software' : softwareByWork(doc);
    if (software && !profile.github && !CODE_HOST.test(visible) && !GITHUB_ANYWHERE.test(visible)) {
      out.push({
        range,
        severity: 'info',
        message: 'No GitHub link: on a software resume a GitHub (or GitLab) profile lets reviewers read your code; add github.com/… to the header.',
      });
    }
    return out;
  },
};
