// "References available upon request": every reviewer assumes it, and it takes a line. Fix: delete
// the line — or the whole References section when that line is all it says. A section that lists the
// referees themselves (names, phone numbers, e-mails) is flagged too: North American employers ask for
// references near the offer, on a separate page; deleting it is a suggestion, since it removes content.
import type { Rule, RuleFinding, TextEdit } from '../types';
import type { ResumeDocument, Section } from '../document/types';
import { deleteLinesEdit, lineContentRange, linesOf, proseMaskedText } from './source-scan';
import { findPhone } from '../document/profile';

// "upon request", "on demand", "when requested", "if required".
const ON_REQUEST = '(?:(?:up)?on[ \\t]+(?:request|demand)|(?:when|if)[ \\t]+(?:requested|required|needed|asked))';
const PHRASE = new RegExp(
  `\\b(?:(?:professional[ \\t]+)?(?:references?|referees?)(?:[ \\t]+(?:are|will[ \\t]+be))?[ \\t]+(?:(?:available|provided|furnished|supplied|given)[ \\t]+)?${ON_REQUEST}|(?:references?|referees?)(?:[*_]{1,2})?[ \\t]*:(?:[*_]{1,2})?[ \\t]*(?:available[ \\t]+)?${ON_REQUEST}|available[ \\t]+${ON_REQUEST})\\b`,
  'gi',
);

/** A References section whose only content is this line. */
function onlyLineOf(doc: ResumeDocument, section: Section | undefined, content: { start: number; end: number }): boolean {
  if (!section || section.kind !== 'references' || !section.headingRange) return false;
  const before = doc.text.slice(section.headingRange.end, content.start);
  // A rule ("---") ends the section's content: a page footer below it ("Download PDF · Last updated …") is not the section's.
  const after = doc.text.slice(content.end, section.range.end).split(/^[ \t]*(?:-[ \t]*){3,}$|^[ \t]*(?:\*[ \t]*){3,}$|^[ \t]*(?:_[ \t]*){3,}$/m)[0];
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}

/** Where the sentence holding the phrase starts: up to two words before it ("Other referees …"), else the phrase itself. */
function sentenceOpening(text: string, lineStart: number, phraseStart: number): number {
  const lead = /(?:^|[.!?;:{}()\[\]|])([ \t]*(?:\p{L}+[ \t]+){1,2})$/u.exec(text.slice(lineStart, phraseStart));
  return lead ? phraseStart - lead[1].length + (lead[1].length - lead[1].trimStart().length) : phraseStart;
}

/** A line's text without LaTeX commands, brackets and Markdown markers: what a reader would see as words. */
function withoutMarkup(s: string): string {
  return s.replace(/\\[A-Za-z]+\*?/g, ' ').replace(/[{}\[\]*_#>|-]/g, ' ');
}

export const referencesLine: Rule = {
  id: 'references-line',
  category: 'structure',
  defaultSeverity: 'info',
  description: '"References available upon request", which every reviewer assumes, and a section listing referees with their contact details.',
  docs: {
    why: 'Employers ask for references when they need them, and they know you will provide them. The line adds nothing and takes space that could hold an achievement.',
    bad: '## Skills\n\n- Python, SQL, Tableau\n\nReferences available upon request.',
    good: '## Skills\n\n- Python, SQL, Tableau',
  },
  fixable: true,
  check(doc) {
    const text = proseMaskedText(doc);
    const out: RuleFinding[] = [];
    PHRASE.lastIndex = 0;
    for (let m = PHRASE.exec(text); m; m = PHRASE.exec(text)) {
      const section = doc.sections.find((s) => m!.index >= s.range.start && m!.index < s.range.end);
      // "Available upon request" alone means references only under a References heading.
      if (/^available/i.test(m[0]) && section?.kind !== 'references') continue;
      const content = lineContentRange(doc, m.index);
      let end = m.index + m[0].length;
      if (text[end] === '.') end++;
      const message = '"References available upon request" is assumed by every employer: delete it and use the space for an achievement.';
      // Emphasis markers, a list marker or an emoji beside the phrase ("**References:** Available upon
      // request 😉") are part of its line: with no other word on it, the line goes.
      // "Other referees available on request.": a word or two before the phrase open its sentence and go with it.
      const opening = sentenceOpening(text, content.start, m.index);
      // A LaTeX macro around the sentence ("\cvitem{}{…}") is no other content: the line goes whole.
      const rest = withoutMarkup(doc.text.slice(content.start, opening) + ' ' + doc.text.slice(end, content.end));
      const alone = !/[\p{L}\p{N}]/u.test(rest);
      if (!alone && (opening > content.start || end < content.end)) {
        // The phrase shares its line with other text: delete just the sentence.
        let delStart = opening;
        let delEnd = end;
        while (delEnd < content.end && text[delEnd] === ' ') delEnd++;
        if (delEnd === end) while (delStart > content.start && text[delStart - 1] === ' ') delStart--;
        out.push({
          range: { start: m.index, end },
          message,
          fixes: [{ title: 'Delete this sentence', isPreferred: true, safe: true, edits: [{ range: { start: delStart, end: delEnd }, newText: '' }] }],
        });
        continue;
      }
      const { from, to } = linesOf(doc, content);
      let edit: TextEdit;
      let title = 'Delete this line';
      if (onlyLineOf(doc, section, content)) {
        const heading = linesOf(doc, section!.headingRange!);
        edit = deleteLinesEdit(doc, heading.from, to);
        title = 'Delete the References section';
      } else edit = deleteLinesEdit(doc, from, to);
      out.push({ range: content, message, fixes: [{ title, isPreferred: true, safe: true, edits: [edit] }] });
    }
    // An academic CV (one with publications) lists its referees by custom.
    const academic = doc.sections.some((s) => s.kind === 'publications');
    for (const section of doc.sections) {
      if (academic || section.kind !== 'references' || !section.headingRange) continue;
      const body = text.slice(section.headingRange.end, section.range.end);
      PHRASE.lastIndex = 0;
      // Contact details are read in the source: the prose mask blanks e-mail addresses.
      if (!hasContact(doc.text.slice(section.headingRange.end, section.range.end))) continue;
      const heading = linesOf(doc, section.headingRange);
      const last = linesOf(doc, lineContentRange(doc, Math.max(section.headingRange.end, section.range.end - 1)));
      // A section that also says "available on request" has that line's finding instead of the heading's.
      if (!PHRASE.test(body)) {
        out.push({
          range: lineContentRange(doc, section.headingRange.start),
          message:
            'A list of referees with their contact details: US and Canadian employers ask for references near the offer, on a separate page. Keep the list for then (and ask your referees first); use this space for your work.',
          fixes: [{ title: 'Delete the References section', isPreferred: false, safe: false, edits: [deleteLinesEdit(doc, heading.from, last.to)] }],
        });
      }
      // Each referee gets its own finding too: the reader meets them one by one, and each is a person's
      // details given out before anyone asked.
      for (let line = heading.to + 1; line <= last.to; line++) {
        const lineText = doc.lines.lineText(line);
        if (!isRefereeLine(lineText)) continue;
        const content = lineContentRange(doc, doc.lines.lineStart(line));
        const { from, to } = linesOf(doc, content);
        out.push({
          range: content,
          message: `A referee ${hasContact(lineText) ? 'with their contact details' : 'named on the resume'}: US and Canadian employers ask for references near the offer, on a separate page. Keep them for then (and ask your referees first); use this space for your work.`,
          fixes: [{ title: 'Delete this line', isPreferred: false, safe: false, edits: [deleteLinesEdit(doc, from, to)] }],
        });
      }
    }
    // "References: Ana Ruiz (former manager), ana@example.com, 555-0100" as a line of its own elsewhere.
    if (!academic) {
      for (const m of doc.text.matchAll(REFERENCES_LABEL_LINE)) {
        const section = doc.sections.find((s) => m.index! >= s.range.start && m.index! < s.range.end);
        if (section?.kind === 'references' && section.headingRange) continue; // the section's own finding covers it
        PHRASE.lastIndex = 0;
        if (PHRASE.test(m[1]) || !/\p{Lu}\p{Ll}+/u.test(m[1]) || !hasContact(m[1])) continue;
        const content = lineContentRange(doc, m.index!);
        const { from, to } = linesOf(doc, content);
        out.push({
          range: content,
          message: 'A referee with their contact details: US and Canadian employers ask for references near the offer, on a separate page. Keep them for then (and ask your referees first); use this space for your work.',
          fixes: [{ title: 'Delete this line', isPreferred: false, safe: false, edits: [deleteLinesEdit(doc, from, to)] }],
        });
      }
    }
    return out;
  },
};

/** A referee's e-mail address; phone numbers are read as the header's are (document/profile.ts). */
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/;
const hasContact = (text: string) => EMAIL.test(text) || findPhone(text) !== undefined;
/** A title before a referee's name: "Mrs.", "Dr.", "Eng.", "Ing." (Spanish and Italian engineers), "Engr.". */
const HONORIFIC = /^[ \t>*_+-]*(?:\d+[.)][ \t]+)?(?:[*_]{1,2})?(?:Mr|Mrs|Ms|Miss|Dr|Prof|Eng|Engr|Ing|Lic|Arch)\.?[ \t]+\p{Lu}/u;
/** Two capitalised words in a row: a person's name ("Dana Li", "Luisa Fernanda Gómez"). */
const NAME = /\p{Lu}[\p{Ll}'’-]+[ \t]+(?:\p{Lu}\.[ \t]+)?\p{Lu}[\p{Ll}'’-]+/u;
/** One referee on one line: a name with contact details, or a name after an honorific. A line of contact details alone belongs to the entry above it. */
const isRefereeLine = (line: string) => NAME.test(line) && (hasContact(line) || HONORIFIC.test(line));
/** A "References:" or "REFERENCES –" label opening its line, with what follows it. */
const REFERENCES_LABEL_LINE = /^[ \t>*_-]*(?:[*_]{1,2})?(?:references?|referees?)(?:[*_]{1,2})?[ \t]*(?::|[ \t][–—-][ \t])(?:[*_]{1,2})?[ \t]*(\S[^\n]*)$/gim;
