// A page that lists several positions: a lab's "Open positions" page, a small company's careers page
// with each role in an <article class="position">, a channel or forum saved as a page with a job in
// each post. Read as one posting, its skills, deadline and reference would mix jobs (the reference of
// one role reported for another). The positions are found from the page's structure — sibling blocks
// marked as positions or posts, each opened by a heading (a post by its first bold line) — and one is
// kept: the one whose heading the file's name names ("summer-research-intern.html"), else the first
// position or the longest post. The others leave the tree; the page's text outside them stays.

import { bestNamed, sharedWords } from './named-choice';
import type { DefaultTreeAdapterMap } from 'parse5';
import { ROLE_NOUN } from './role-noun';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** A block that says it holds one position: its class or id names a job, a vacancy, an opening. */
const POSITION_MARK = /(?:^|[\s_-])(position|job|vacanc(?:y|ies)|opening|posting|role|opportunit(?:y|ies)|studentship|track|stream|pathway)s?(?:$|[\s_-])/i;
/**
 * A block that holds one message of a channel or forum saved as a page (a Telegram export's
 * "message default clearfix", a forum's "post"): a post announces its job in bold, not in a heading.
 */
const POST_MARK = /(?:^|[\s_-])(message|post|comment)s?(?:$|[\s_-])/i;
const isPost = (mark: string | undefined) => !!mark && /^(?:message|post|comment)$/i.test(mark);
// A WordPress "details" block folds each role under its <summary> ("<details class="job">").
const CONTAINER = new Set(['article', 'section', 'div', 'li', 'details']);

export interface PositionChoice {
  /** A page of one employer's positions, or a channel's or forum's posts (each perhaps another employer's). */
  kind: 'positions' | 'posts';
  /** How many positions the page lists. */
  count: number;
  /** The kept position's heading. */
  heading: string;
  /** Why it was kept: the file's name names it, or it is the first position or the longest post. */
  read: 'named' | 'first' | 'longest';
  /** The blocks are a programme's tracks ("Technology", "Actuarial"): a heading names a field, not the job. */
  track?: true;
}

export interface PositionGroup {
  parent: Element;
  blocks: Element[];
}

/**
 * Keeps one of the positions (mutating `doc`): the one whose heading `hint`, the posting file's name,
 * names, else the first position or the longest post (the others of a channel are a line or two caught with it).
 */
export function keepOnePosition(doc: Node, group: PositionGroup, hint?: string): PositionChoice {
  const { parent, blocks } = group;
  const headings = blocks.map((b) => headingText(b) ?? '');
  const kind = isPost(markOf(blocks[0])) ? 'posts' : 'positions';
  const lengths = blocks.map((b) => allText(b).replace(/\s+/g, '').length);
  // Posts without a headline (none of them has one): the longest of those whose opening words share two
  // words or more with the file's name, since a short reply may name the job as well as the post it answers.
  const headless = kind === 'posts' && headings.every(namesNoJob);
  const named = !hint ? undefined : headless ? longestNamed(blocks, lengths, hint) : bestNamed(headings, hint);
  const keep = named ?? (kind === 'posts' ? lengths.indexOf(Math.max(...lengths)) : 0);
  const drop = new Set(blocks.filter((_, i) => i !== keep));
  parent.childNodes = parent.childNodes.filter((c) => !drop.has(c as Element));
  // The page's own contents list ("<li><a href="#phd-2027">…"): the entries of the positions dropped go too.
  const droppedIds = new Set([...drop].map((b) => b.attrs.find((a) => a.name === 'id')?.value).filter(Boolean).map((id) => `#${id}`));
  if (droppedIds.size) removeLinksTo(doc, droppedIds);
  const track = areTracks(blocks);
  // A post's first bold words may be a field's label ("🏢 Company:"), which names no job.
  const heading = kind === 'posts' && namesNoJob(headings[keep]) ? '' : headings[keep];
  return { kind, count: blocks.length, heading, read: named !== undefined ? 'named' : kind === 'posts' ? 'longest' : 'first', ...(track ? { track: true as const } : {}) };
}

/**
 * The positions a page lists, when it lists several (undefined for a page of one posting): the first
 * element whose children are two or more blocks of one kind (the same tag and mark: "position",
 * "message"), each opened by its own heading, two of them or more a job's title ("Research
 * Associate in …", not "Company Description"), together holding most of the page's text — not a
 * posting's parts ("job-header", "job-body") nor a sidebar of similar jobs.
 */
/** The letters (spaces aside) of a role card that is a posting of its own: a title, its terms and its lists. */
const MIN_CARD_CHARS = 400;

export function findPositions(node: Node, pageChars = allText(node).replace(/\s+/g, '').length): PositionGroup | undefined {
  const el = node as Element;
  const children = ((el as { childNodes?: Node[] }).childNodes ?? []) as Element[];
  const kinds = new Map<string, Element[]>();
  for (const c of children) {
    // Blocks of one kind: the same tag and the same mark ("position", "message"), whatever else their classes say.
    const mark = CONTAINER.has(c.tagName) ? markOf(c) : undefined;
    if (!mark || headingText(c) === undefined) continue;
    const kind = `${c.tagName}.${mark.toLowerCase()}`;
    kinds.set(kind, [...(kinds.get(kind) ?? []), c]);
  }
  for (const blocks of kinds.values()) {
    const headings = blocks.map((b) => headingText(b)!);
    // A graduate programme's tracks ("Technology", "Actuarial") are named for their field, not a role.
    const tracks = areTracks(blocks);
    const titles = tracks ? headings : headings.filter((h) => ROLE_NOUN.test(h));
    const chars = blocks.reduce((n, b) => n + allText(b).replace(/\s+/g, '').length, 0);
    // A page that says much else (an event page, a programme's rules, an FAQ) may still hold whole role
    // cards: each a posting of its own length, unlike a sidebar's lines of similar jobs.
    const wholeCards = chars * 4 >= pageChars && blocks.every((b) => allText(b).replace(/\s+/g, '').length >= MIN_CARD_CHARS);
    if (blocks.length >= 2 && titles.length >= 2 && new Set(headings).size === headings.length && (chars * 2 >= pageChars || wholeCards || (tracks && chars * 4 >= pageChars))) return { parent: el, blocks };
  }
  for (const child of children) {
    const found = findPositions(child, pageChars);
    if (found) return found;
  }
  return undefined;
}

/** A post's headline that names no job: none, or a field's label in bold ("🏢 Company:"). */
const namesNoJob = (heading: string | undefined): boolean => !heading || /[:：]\s*$/.test(heading);

/** Of the posts whose opening words share two words or more with the file's name, the longest. */
function longestNamed(blocks: Element[], lengths: number[], hint: string): number | undefined {
  let best: number | undefined;
  blocks.forEach((b, i) => {
    const opening = allText(b).replace(/\s+/g, ' ').trim().slice(0, 300);
    if (sharedWords(opening, hint) >= 2 && (best === undefined || lengths[i] > lengths[best])) best = i;
  });
  return best;
}

/** A post long enough to be a job's announcement, not a reply or a date line. */
const MIN_POST_CHARS = 200;

/**
 * A channel's posts when they carry no bold headline (an export of a chat channel whose posts open with
 * emoji and hashtags): two or more blocks marked as messages, posts of a job's length among them, together
 * most of the page. Tried only when findPositions finds no positions.
 */
export function findPosts(node: Node, pageChars = allText(node).replace(/\s+/g, '').length): PositionGroup | undefined {
  const el = node as Element;
  const children = ((el as { childNodes?: Node[] }).childNodes ?? []) as Element[];
  const posts = children.filter((c) => CONTAINER.has(c.tagName) && isPost(markOf(c)));
  const long = posts.filter((b) => allText(b).replace(/\s+/g, '').length >= MIN_POST_CHARS);
  const chars = posts.reduce((n, b) => n + allText(b).replace(/\s+/g, '').length, 0);
  // A post with a bold headline (an article with its comments) is read as a page: only headline-less
  // posts, whose bold words are at most a field's label ("🏢 Company:"), are a channel's.
  const headless = posts.every((b) => namesNoJob(headingText(b)));
  if (long.length >= 2 && chars * 2 >= pageChars && headless) return { parent: el, blocks: posts };
  for (const child of children) {
    const found = findPosts(child, pageChars);
    if (found) return found;
  }
  return undefined;
}

/** Removes each list item (or, outside a list, each link) that links only to one of `targets`. */
function removeLinksTo(node: Node, targets: Set<string>): void {
  const el = node as Element;
  if (!el.childNodes) return;
  el.childNodes = el.childNodes.filter((c) => {
    const child = c as Element;
    if (child.tagName === 'a' || child.tagName === 'li') {
      const links = linksIn(child);
      if (links.length && links.every((href) => targets.has(href))) return false;
    }
    removeLinksTo(child, targets);
    return true;
  });
}

function linksIn(node: Node): string[] {
  const el = node as Element;
  const own = el.tagName === 'a' ? (el.attrs ?? []).filter((a) => a.name === 'href').map((a) => a.value) : [];
  return [...own, ...((el as { childNodes?: Node[] }).childNodes ?? []).flatMap(linksIn)];
}

/** The word of the block's class or id that marks it as a position or a post, if one does. */
/** Blocks marked as a programme's tracks ("track", "stream", "pathway"), named for a field, not a role. */
function areTracks(blocks: readonly Element[]): boolean {
  return blocks.every((b) => /^(?:track|stream|pathway)$/i.test(markOf(b) ?? ''));
}

function markOf(el: Element): string | undefined {
  for (const a of el.attrs ?? []) {
    if (a.name !== 'class' && a.name !== 'id') continue;
    const m = POSITION_MARK.exec(a.value) ?? POST_MARK.exec(a.value);
    if (m) return m[1];
  }
  return undefined;
}

/**
 * The text of the block's first heading, when a heading comes before any other text of the block; in a
 * post, its first bold text ("**Junior Data Analyst — Tsiran Delivery**", under the author and the time).
 */
function headingText(el: Element): string | undefined {
  if (isPost(markOf(el))) return firstBold(el);
  // A folded role's title is its <summary>'s first bold text, or the summary itself.
  if (el.tagName === 'details') {
    const summary = (el.childNodes ?? []).find((c) => (c as Element).tagName === 'summary');
    return summary ? firstBold(summary) ?? (allText(summary).replace(/\s+/g, ' ').trim() || undefined) : undefined;
  }
  let found: string | undefined;
  let textBefore = false;
  const walk = (node: Node): boolean => {
    if (node.nodeName === '#text') {
      if ((node as DefaultTreeAdapterMap['textNode']).value.trim()) textBefore = true;
      return false;
    }
    const child = node as Element;
    if (/^h[1-4]$/.test(child.tagName ?? '')) {
      const text = allText(child).replace(/\s+/g, ' ').trim();
      if (text && !textBefore) found = text;
      return true;
    }
    for (const c of (child as { childNodes?: Node[] }).childNodes ?? []) if (walk(c)) return true;
    return false;
  };
  for (const c of el.childNodes ?? []) if (walk(c)) break;
  return found;
}

function firstBold(node: Node): string | undefined {
  const el = node as Element;
  if (el.tagName === 'strong' || el.tagName === 'b') return allText(el).replace(/\s+/g, ' ').trim() || undefined;
  for (const c of (el as { childNodes?: Node[] }).childNodes ?? []) {
    const found = firstBold(c);
    if (found) return found;
  }
  return undefined;
}

/** The text of a node and everything under it, its pieces apart by spaces. */
export function allText(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return ((node as { childNodes?: Node[] }).childNodes ?? []).map(allText).join(' ');
}
