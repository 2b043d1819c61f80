// Emoji and chat abbreviations in bullets ("🚀 Shipped …", "lol", "btw", "w/e", ":)"). They read as a
// message to a friend, not a record of work, and applicant-tracking systems often mangle emoji.
// Information only: some creative and social-media resumes use emoji on purpose. Headings are left
// and contact lists are left alone (an icon before "Experience" or a LinkedIn link is decoration).
import type { Rule, RuleFinding } from '../types';
import { words } from '../text/words';
import { bulletFinding, narrativeBullets } from './util';

/** Chat abbreviations that have no other meaning in a resume (matched as whole words, any case). */
const CHAT = new Set(['lol', 'lmao', 'omg', 'btw', 'imo', 'imho', 'tbh', 'idk', 'thx', 'pls', 'plz', 'gonna', 'wanna', 'gotta', 'haha', 'hahaha', 'fyi', 'ngl', 'brb']);
/** Emoji, and emoticons such as ":)" or ";-D" (not inside times like "10:30" or URLs, which are masked out of bullet text). */
/** Emoji drawn as pictures: not arrows and symbols that render as text ("↔", "©") unless asked to. */
const EMOJI = /(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)(?:\u200D\p{Extended_Pictographic}\uFE0F?)*/gu;
const EMOTICON = /(?<![\w:/])[:;]-?[)(DPp](?![\w)(])/g;

export const chatStyle: Rule = {
  id: 'chat-style',
  category: 'style',
  defaultSeverity: 'info',
  description: 'Emoji and chat abbreviations ("lol", "btw", ":)") in bullets.',
  docs: {
    why: 'A bullet is a record of work; emoji and chat shorthand make it read like a text message, and many applicant-tracking systems turn emoji into garbage characters.',
    bad: '- 🚀 Shipped the new onboarding flow, conversion up 12% :)',
    good: '- Shipped the new onboarding flow, raising sign-up conversion by 12%.',
  },
  check(doc) {
    const out: RuleFinding[] = [];
    // Accomplishment bullets only: an icon before a contact link in the header is decoration.
    for (const bullet of narrativeBullets(doc)) {
      const text = bullet.text;
      const hits: { start: number; end: number; what: string }[] = [];
      for (const re of [EMOJI, EMOTICON]) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) hits.push({ start: m.index, end: m.index + m[0].length, what: re === EMOJI ? 'emoji' : 'emoticon' });
      }
      for (const w of words(text)) if (CHAT.has(w.lower)) hits.push({ start: w.start, end: w.end, what: 'chat abbreviation' });
      // One finding per bullet: the first hit, with the count when there are more.
      if (!hits.length) continue;
      hits.sort((a, b) => a.start - b.start);
      const first = hits[0];
      const more = hits.length > 1 ? ` (and ${hits.length - 1} more in this bullet)` : '';
      out.push(bulletFinding(bullet, first.start, first.end, `${first.what === 'emoji' || first.what === 'emoticon' ? 'An' : 'A'} ${first.what} ("${text.slice(first.start, first.end)}")${more}: write the bullet as a record of work, without chat style.`));
    }
    return out;
  },
};
