// Emoji, chat abbreviations and doubled punctuation in bullets, the summary or objective and a hobbies line ("🚀
// Shipped …", "lol", "btw", ":)", "grow my skills!!"). They read as a message to a friend, not a record
// of work, and applicant-tracking systems often mangle emoji.
// Information only: some creative and social-media resumes use emoji on purpose. Headings are left
// and contact lists are left alone (an icon before "Experience" or a LinkedIn link is decoration).
import type { ResumeDocument } from '../document/types';
import type { Rule, RuleFinding } from '../types';
import { words } from '../text/words';
import { bulletFinding, narrativeBullets } from './util';
import { proseMaskedText } from './source-scan';
import { findPhone } from '../document/profile';
import { isAdmonitionLine } from '../document/line-kinds';

/** Chat abbreviations that have no other meaning in a resume (matched as whole words, any case). */
const CHAT = new Set(['lol', 'lmao', 'omg', 'btw', 'imo', 'imho', 'tbh', 'idk', 'thx', 'pls', 'plz', 'gonna', 'wanna', 'gotta', 'haha', 'hahaha', 'fyi', 'ngl', 'brb']);
/** Emoji, and emoticons such as ":)" or ";-D" (not inside times like "10:30" or URLs, which are masked out of bullet text). */
/** Emoji drawn as pictures: not arrows and symbols that render as text ("↔", "©") unless asked to. */
// A flag is two regional-indicator letters ("🇲🇦"): one emoji, matched whole before its halves.
const EMOJI = /\p{Regional_Indicator}{2}|(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)(?:\u200D\p{Extended_Pictographic}\uFE0F?)*/gu;
const EMOTICON = /(?<![\w:/])[:;]-?[)(DPp](?![\w)(])/g;
/** "w/" and "w/o" for "with" and "without": note-taking shorthand (not "I/O", "N/A" or a path). */
const SHORTHAND = /(?<![\w/.])w\/o?(?=\s|$)/gi;
/** Doubled exclamation or question marks ("!!", "?!", "!!!"): how a message shouts, not how a record reads. */
const SHOUT = /[!?]*(?:!!|\?!|!\?|\?\?)[!?]*/g;
/** The prose sections that speak for the writer, read like bullets: the summary and the objective. */
const PROSE_KINDS = new Set(['summary', 'objective']);
/** A hobbies or interests section, written as a line of prose: a chat tone shows there too. */
const HOBBIES = /\b(?:hobbies|interests|pastimes|outside work|personal interests|fun facts?|about me|beyond (?:work|the resume|code))\b/i;

/**
 * A greeting or a letter's formula in a summary ("Hi! I'm Ana", "Kindly find below my profile", "To whom it
 * may concern"): the summary is read as part of the record, not as a message addressed to the reader.
 */
/** Words that open a message, not a record: "Hi! I'm Ana", "# 👋 Hello, I'm Ana". */
const GREETING = 'hi|hello|hey|greetings';
const LETTER = new RegExp(String.raw`^\s*(?:${GREETING})\b[!,.]?|` + /\b(?:kindly|please)\s+find\s+(?:attached|below|enclosed|herewith)\b|\bto whom it may concern\b|^\s*dear\s+(?:sir|madam|hiring manager|recruiter)\b|\bI am writing to (?:apply|express)\b/.source, 'gi');

interface Hit {
  start: number;
  end: number;
  what: 'emoji' | 'emoticon' | 'chat abbreviation' | 'doubled punctuation' | 'greeting or letter phrase' | 'slang phrase';
}

/** Every chat-style hit in a stretch of text, in order. */
function hitsIn(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const [re, what] of [
    [EMOJI, 'emoji'],
    [EMOTICON, 'emoticon'],
    [SHOUT, 'doubled punctuation'],
    [SHORTHAND, 'chat abbreviation'],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) hits.push({ start: m.index, end: m.index + m[0].length, what });
  }
  for (const w of words(text)) {
    if (!CHAT.has(w.lower)) continue;
    // In capitals before the noun it names ("PLS regression", "OMG standards"), it is an acronym, not chat.
    if (w.text === w.text.toUpperCase() && /^ \p{L}/u.test(text.slice(w.end, w.end + 2))) continue;
    // Capitalised before another capitalised word, it is part of a name ("Imo State", "Lol River").
    if (/^\p{Lu}\p{Ll}+$/u.test(w.text) && /^ \p{Lu}/u.test(text.slice(w.end, w.end + 2))) continue;
    hits.push({ start: w.start, end: w.end, what: 'chat abbreviation' });
  }
  return hits.sort((a, b) => a.start - b.start);
}

function message(text: string, hits: Hit[], what: string): string {
  const first = hits[0];
  const more = hits.length > 1 ? ` (and ${hits.length - 1} more in this ${what})` : '';
  const article = first.what === 'emoji' || first.what === 'emoticon' ? 'An' : 'A';
  const name = first.what === 'doubled punctuation' ? 'doubled punctuation mark' : first.what;
  const advice = what === 'bullet' ? 'write the bullet as a record of work' : 'write it in plain, even prose';
  return `${article} ${name} ("${text.slice(first.start, first.end)}")${more}: ${advice}, without chat style.`;
}

export const chatStyle: Rule = {
  id: 'chat-style',
  category: 'style',
  defaultSeverity: 'info',
  description: 'Emoji, chat abbreviations ("lol", "btw", "w/", ":)") and doubled punctuation ("!!") in bullets, the summary and a hobbies line.',
  docs: {
    why: 'A bullet is a record of work; emoji and chat shorthand make it read like a text message, and many applicant-tracking systems turn emoji into garbage characters.',
    bad: '- 🚀 Shipped the new onboarding flow, conversion up 12% :)',
    good: '- Shipped the new onboarding flow, raising sign-up conversion by 12%.',
  },
  check(doc) {
    const out: RuleFinding[] = [];
    // Accomplishment bullets only: an icon before a contact link in the header is decoration.
    for (const bullet of narrativeBullets(doc)) {
      const hits = hitsIn(bullet.text);
      if (!hits.length) continue;
      // One finding per bullet: the first hit, with the count when there are more.
      out.push(bulletFinding(bullet, hits[0].start, hits[0].end, message(bullet.text, hits, 'bullet')));
    }
    // The summary and objective paragraphs, one finding per line (their bullets too).
    const masked = proseMaskedText(doc);
    for (const section of doc.sections) {
      if (!PROSE_KINDS.has(section.kind) && !(section.kind === 'other' && HOBBIES.test(section.title ?? ''))) continue;
      const first = doc.lines.positionAt(section.range.start).line;
      const last = doc.lines.positionAt(Math.max(section.range.start, section.range.end - 1)).line;
      for (let line = first; line <= last; line++) {
        const start = doc.lines.lineStart(line);
        if (section.headingRange && start < section.headingRange.end) continue;
        const text = masked.slice(start, start + doc.lines.lineText(line).length);
        if (/^\s*(?:#|\|)/.test(text)) continue;
        const hits = hitsIn(text);
        LETTER.lastIndex = 0;
        for (let m = LETTER.exec(text); m; m = LETTER.exec(text)) {
          const lead = m[0].length - m[0].trimStart().length;
          hits.push({ start: m.index + lead, end: m.index + m[0].length, what: 'greeting or letter phrase' });
        }
        hits.sort((a, b) => a.start - b.start);
        if (!hits.length) continue;
        out.push({ range: { start: start + hits[0].start, end: start + hits[0].end }, message: message(text, hits, 'line') });
      }
    }
    const greeting = nameLineGreeting(doc, masked);
    if (greeting) out.push(greeting);
    out.push(...restOfPage(doc, masked, out));
    return out;
  },
};

/**
 * The name line written as a greeting ("# 👋 Hi, I'm Ana Lima!"): the top of the page introduces the
 * person by name, as a record does, not as a chat message opens.
 */
const NAME_LINE_GREETING = new RegExp(String.raw`^(?:${GREETING})\b[!,.]?(?:\s*(?:there|all|everyone)\b[!,.]?)?`, 'i');

function nameLineGreeting(doc: ResumeDocument, masked: string): RuleFinding | undefined {
  const firstLine = doc.lines.positionAt(doc.frontMatter.range?.end ?? 0).line;
  for (let line = firstLine; line < Math.min(doc.lines.lineCount, firstLine + 5); line++) {
    const start = doc.lines.lineStart(line);
    const text = masked.slice(start, start + doc.lines.lineText(line).length);
    if (!text.trim()) continue;
    const core = /^[\s#>*_]*(?:(?:\p{Extended_Pictographic}|\p{Emoji_Presentation})\uFE0F?\s*)*/u.exec(text)![0].length;
    const m = NAME_LINE_GREETING.exec(text.slice(core));
    return m ? { range: { start: start + core, end: start + core + m[0].length }, message: `A greeting ("${m[0]}") opens the name line: put your name there, as a record does, without chat style.` } : undefined;
  }
  return undefined;
}

/** Words that read as a chat, whatever the line: "lol", "tbh" and doubled punctuation have no other meaning in a resume. */
const ANYWHERE: Hit['what'][] = ['chat abbreviation', 'doubled punctuation'];
/** Slang praise for one's own work: "really cool", "super fun". */
const SLANG = /\b(?:really|so|super|pretty|sooo+)\s+(?:cool|fun|awesome)\b/gi;
/** A line with a link, an e-mail address or a phone number: icons there are decoration. */
const CONTACT = /@|https?:|www\.|\]\(/;
/** Enough words to be a sentence: an emoji there, after its first words, is part of the prose, not an icon before a label. */
const PROSE_WORDS = 6;

/**
 * The rest of the page: a project title ("**Stock predictor lol**"), an unheaded summary under the name,
 * a bullet the parser did not read as one, a callout. Chat abbreviations and doubled punctuation count
 * on any line but a heading; an emoji only in a line of prose without contact details (an icon before
 * an e-mail address or a section name is decoration).
 */
function restOfPage(doc: ResumeDocument, masked: string, found: RuleFinding[]): RuleFinding[] {
  const flagged = new Set(found.map((f) => doc.lines.positionAt(f.range.start).line));
  const out: RuleFinding[] = [];
  for (let line = 0; line < doc.lines.lineCount; line++) {
    if (flagged.has(line)) continue;
    const start = doc.lines.lineStart(line);
    const text = masked.slice(start, start + doc.lines.lineText(line).length);
    const source = doc.lines.lineText(line);
    // '!!! tip "Open to work"': an admonition's "!!!" is Markdown syntax, not punctuation.
    if (!text.trim() || /^\s*#/.test(text) || (doc.format !== 'latex' && isAdmonitionLine(source))) continue;
    const prose = words(text).length >= PROSE_WORDS && !CONTACT.test(source) && findPhone(source) === undefined;
    // An emoji inside a sentence, after its first words; one that leads the line is an icon ("🐍 Python, Django, …").
    const inSentence = (h: Hit) => words(text.slice(0, h.start)).length >= 3;
    const hits = hitsIn(text).filter((h) => ANYWHERE.includes(h.what) || (prose && h.what === 'emoji' && inSentence(h)));
    SLANG.lastIndex = 0;
    for (let m = SLANG.exec(text); m; m = SLANG.exec(text)) hits.push({ start: m.index, end: m.index + m[0].length, what: 'slang phrase' });
    hits.sort((a, b) => a.start - b.start);
    if (!hits.length) continue;
    out.push({ range: { start: start + hits[0].start, end: start + hits[0].end }, message: message(text, hits, 'line') });
  }
  return out;
}
