// A forum thread of several job posts pasted whole: a "Who is hiring?" thread, where each top-level
// comment is one company's post under a header line ("jdoe 5 hours ago | prev | next [–]") and replies
// are indented under it. A chat channel pasted whole (Slack, Discord) has the same shape: each message
// under its author and time ("**jdoe** — Today at 10:42 AM"), a message's thread quoted under it (">").
// The student pasted the thread for one post, almost always the one with the most to say: the others
// are a line or two caught by the selection. That post is read; the thread's
// preamble, the other posts and other people's replies are blanked (offsets unchanged). The poster's
// own replies stay: they answer questions about the job ("No sponsorship right now").

import { blanked, type FirstPosting } from './digest';

/** A comment's header: author, age, then the forum's links. Group 1 the indent, group 2 the author. */
// The forum's links after the age ("| prev | next [–]", "| parent") tell a comment from a page's
// "Posted 3 days ago" line. A paste may keep the vote arrow before the author ("▲ jdoe 3 days ago").
// A page saved without its links keeps the bars and the fold toggle ("6 days ago | | [–]").
const COMMENT_HEADER = /^([ \t]*)(?:[▲△▴][ \t]*)?([\w.-]{2,40}) \d{1,3} (?:second|minute|hour|day|week|month|year)s? ago[ \t]*\|[ \t]*(?:(?:prev|next|parent|root|context|flag|hide|on:)\b.*|(?:\|[ \t]*)?\[[–-]\][ \t]*)$/gm;
/**
 * A chat message's header: author (often bold), perhaps a title ("Talent @ Acme"), then the time the
 * message was sent ("· 10:42 AM", "— Today at 10:42 AM", "— 12/01/2026 9:05 PM"). A thread's replies are
 * quoted under the message ("> **jdoe** · 10:58 AM"). Group 1 the quote marks, group 2 the author.
 */
const CHAT_HEADER =
  /^((?:[ \t]*>)*)[ \t]*\*{0,2}([^*\n·—–|]{2,60}?)\*{0,2}[ \t]+[·—–-][ \t]+(?:[^\n·—–]{1,60}?[ \t]+[·—–-][ \t]+)?(?:(?:[Tt]oday|[Yy]esterday)[ \t]+at[ \t]+|\d{1,2}\/\d{1,2}\/\d{2,4},?[ \t]+)?\d{1,2}:\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]*$/gm;
/** The forum's own link under each comment. */
const REPLY_LINK = /^[ \t]*reply[ \t]*$/gim;

interface Header {
  at: number;
  end: number;
  indent: number;
  author: string;
}

/**
 * A Discourse topic saved raw ("/raw/4127"): every post under "author | 2026-11-27 14:03:11 UTC | #1",
 * a rule of dashes between posts. Group 1 the author, group 2 the post's number.
 */
const DISCOURSE_HEADER = /^([\w.-]{2,40})[ \t]+\|[ \t]+\d{4}-\d{2}-\d{2}[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]+UTC)?[ \t]+\|[ \t]+#(\d+)[ \t]*$/gm;

/**
 * A forum topic is one post and its replies, flat: the topic's first post is the posting, and its
 * author's later posts answer questions about it ("the deadline is 10 January"). Other people's posts
 * (questions, another employer's "we're hiring too") are blanked, offsets unchanged.
 */
function keepTopicPost(text: string): FirstPosting | undefined {
  const headers = [...text.matchAll(DISCOURSE_HEADER)].map((m) => ({ at: m.index!, end: m.index! + m[0].length, author: m[1], number: Number(m[2]) }));
  if (headers.length < 2 || headers[0].number !== 1) return undefined;
  const poster = headers[0].author;
  const kept = headers.flatMap((h, i): [number, number][] => (h.author === poster ? [[h.end, headers[i + 1]?.at ?? text.length]] : []));
  return { text: keptSpans(text, kept) };
}

/**
 * A channel's post ends with its view count and the time it was sent ("9.8K 18:40", "1 204 edited 11:32"):
 * a Telegram channel pasted from its web view, where posts carry no author line.
 */
const CHANNEL_POST_FOOTER = /^[ \t]*\d{1,3}(?:[ .,]?\d{3})*(?:[.,]\d)?[KkMm]?[ \t]+(?:edited[ \t]+)?\d{1,2}:\d{2}(?:[ \t]?[AaPp][Mm])?[ \t]*$/gm;

/** A channel's posts, each up to its footer: the longest is read, the others blanked (offsets unchanged). */
function keepLongestChannelPost(text: string): FirstPosting | undefined {
  const ends = [...text.matchAll(CHANNEL_POST_FOOTER)].map((m) => m.index! + m[0].length);
  if (ends.length < 2) return undefined;
  const spans = ends.map((end, i) => [i ? ends[i - 1] : 0, end] as const);
  // After the last footer: a post still being read (no footer yet) or the page's own chrome.
  spans.push([ends[ends.length - 1], text.length]);
  const size = ([s, e]: readonly [number, number]) => text.slice(s, e).replace(/\s+/g, '').length;
  const [from, to] = spans.reduce((best, span) => (size(span) > size(best) ? span : best));
  return { text: keptSpans(text, [[from, to]]), postings: spans.filter((sp) => size(sp) >= 80).length, read: 'longest' };
}

/**
 * A chat exported with each message opening on its sender and time ("[Yerin @ Acme HR] [10:12 AM] Hello…",
 * a messaging app's desktop export): one line per message start, its text running on over the lines under
 * it. Group 1 the sender.
 */
const SENDER_FIRST = /^\[([^\]\n]{1,60})\][ \t]+\[\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?\][ \t]?/gm;

/**
 * In such a chat the posting is what its poster wrote, over several messages: the sender who wrote the
 * most is kept (the prefixes blanked so a message that opens a list heads it), everyone else's messages
 * — questions, another employer's one-line ad, a bot — and the chat's own lines are blanked.
 */
function keepMostWrittenSender(text: string): FirstPosting | undefined {
  const starts = [...text.matchAll(SENDER_FIRST)].map((m) => ({ at: m.index!, end: m.index! + m[0].length, sender: m[1].trim() }));
  if (starts.length < 3 || new Set(starts.map((s) => s.sender)).size < 2) return undefined;
  // A message runs to the next message, or to a line the chat writes itself (a date divider, "… joined").
  const messageEnd = (i: number) => {
    const next = starts[i + 1]?.at ?? text.length;
    const divider = /\n-{3,}[^\n]*-{3,}[ \t]*(?=\n|$)|\n[^\n\[]{1,60} (?:joined|left) (?:this|the) chat\w*\.?[ \t]*(?=\n|$)/.exec(text.slice(starts[i].end, next));
    return divider ? starts[i].end + divider.index : next;
  };
  const written = new Map<string, number>();
  starts.forEach((s, i) => written.set(s.sender, (written.get(s.sender) ?? 0) + text.slice(s.end, messageEnd(i)).replace(/\s+/g, '').length));
  const poster = [...written.entries()].reduce((best, e) => (e[1] > best[1] ? e : best))[0];
  const out = keptSpans(text, starts.flatMap((s, i): [number, number][] => (s.sender === poster ? [[s.end, messageEnd(i)]] : [])));
  // Other senders who wrote as much as a posting (80 characters) are other posts the file holds.
  const posts = [...written.values()].filter((n) => n >= 80).length;
  return posts > 1 ? { text: out, postings: posts, read: 'longest' } : { text: out };
}

export function keepLongestThreadPost(text: string): FirstPosting {
  const topic = keepTopicPost(text) ?? keepLongestChannelPost(text) ?? keepMostWrittenSender(text);
  if (topic) return topic;
  const forum = [...text.matchAll(COMMENT_HEADER)].map((m) => ({ at: m.index!, end: m.index! + m[0].length, indent: m[1].replace(/\t/g, '    ').length, author: m[2] }));
  // A chat's depth is its quoting: a thread's replies are quoted once under the message.
  const chat = [...text.matchAll(CHAT_HEADER)].map((m) => ({ at: m.index!, end: m.index! + m[0].length, indent: (m[1].match(/>/g) ?? []).length, author: m[2].trim() }));
  const headers: Header[] = forum.length >= 2 ? forum : chat;
  if (headers.length < 2) return { text };
  const top = Math.min(...headers.map((h) => h.indent));
  const posts = headers.filter((h) => h.indent === top);
  if (posts.length < 2) return { text };
  // Each comment's own text runs from its header to the next header of any depth.
  const ownEnd = (h: Header) => headers[headers.indexOf(h) + 1]?.at ?? text.length;
  const size = (h: Header) => text.slice(h.end, ownEnd(h)).replace(REPLY_LINK, '').replace(/\s+/g, '').length;
  const chosen = posts.reduce((best, p) => (size(p) > size(best) ? p : best));
  const preamble = keptPreamble(text, headers, size(chosen));
  if (preamble) return preamble;
  const nextPost = posts.find((p) => p.at > chosen.at);
  const end = nextPost ? nextPost.at : text.length;
  // Kept: the chosen post's text, and the text of the poster's own replies inside its subtree.
  const kept: [number, number][] = [];
  for (const h of headers) {
    if (h.at < chosen.at || h.at >= end || (h !== chosen && h.author !== chosen.author)) continue;
    kept.push([h.end, Math.min(ownEnd(h), end)]);
  }
  // The last post runs on into the page's footer, which is blanked with the rest when it is not kept.
  const out = keptSpans(text, kept);
  return { text: out.replace(REPLY_LINK, (m) => ' '.repeat(m.length)), postings: posts.length, read: 'longest' };
}

/**
 * A channel's post copied with its thread below it ("posted by jdoe on Thu Dec 3 …", the post, then
 * "jt — 12/04/2026 9:18 AM" replies): the post stands above the first header, and it has far more to say
 * than any reply. It is read, with the replies of whoever it names (its poster answering questions).
 */
function keptPreamble(text: string, headers: readonly Header[], longestPost: number): FirstPosting | undefined {
  const head = text.slice(0, headers[0].at);
  if (head.replace(/\s+/g, '').length < 2 * Math.max(longestPost, 200)) return undefined;
  // Named as a whole word (no pattern is built from the page's text).
  const word = /[\w.-]/;
  const named = (author: string) => {
    for (let at = head.indexOf(author); at >= 0; at = head.indexOf(author, at + 1)) {
      if (!word.test(head[at - 1] ?? ' ') && !/[\w-]/.test(head[at + author.length] ?? ' ')) return true;
    }
    return false;
  };
  const replies = headers.flatMap((h, i): [number, number][] => (named(h.author) ? [[h.end, headers[i + 1]?.at ?? text.length]] : []));
  return { text: keptSpans(text, [[0, headers[0].at], ...replies]), postings: headers.length + 1, read: 'longest' };
}

/** The text with only `spans` (in order, not overlapping) kept and everything else blanked, offsets unchanged. */
function keptSpans(text: string, spans: readonly (readonly [number, number])[]): string {
  let out = '';
  let from = 0;
  for (const [start, end] of spans) {
    out += blanked(text.slice(from, start)) + text.slice(start, end);
    from = end;
  }
  return out + blanked(text.slice(from));
}
