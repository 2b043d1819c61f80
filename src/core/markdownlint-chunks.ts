// markdownlint, block by block, remembered. markdownlint parses the whole text with micromark on every
// call, as long again as our own parse; after one keystroke only one block of the resume changed.
// So the text is cut into independent chunks at top-level ATX headings that follow a blank line, the
// rules that only look inside a block run on each chunk, and a chunk seen before (same text, same
// rule configuration) reuses its results. A chunk where no enabled rule can fire (no `[`, `*`, `_`,
// `|`, … for the rules that need them) is not parsed at all. The result is the same list
// markdownlint returns for the whole text (test/unit/markdownlint-chunks.test.ts compares them on
// random documents and edits).
//
// Why a heading after a blank line is a safe cut: at column 0 it closes every list, quote and
// paragraph, and an HTML block of kinds 6–7 has ended at the blank line; top-level fenced code, HTML
// comments, raw-text HTML (<script>, <pre>, <style>, <textarea>, <?, <!X, CDATA) and front matter
// are skipped over (a text with both fences and comments is not cut). Whatever crosses blocks (link reference definitions, inline configuration
// comments, a lone CR as line break, math and directive fences) makes the text one chunk. Rules that
// compare blocks (heading increments, consistent styles, link fragments, blank lines around blocks)
// run on the whole text.
//
// Finer cuts, at any block that starts at column 0 after a blank line (a bullet, a paragraph, a
// table), when every chunk-local rule that runs reads only what is inside one block: such a line
// starts a fresh block whatever came before (after a blank line nothing continues lazily, and an
// unindented line closes every list item and quote), and nothing before it depends on it. What does
// change is which list a top-level item belongs to (and whether that list is loose), and only MD009's
// `list_item_empty_lines` looks at that: with MD009 on, only headings cut (and texts past
// BULLET_CUT_THRESHOLD keep the heading and bullet cuts, where chunks run one call each). After one keystroke in a
// bullet, the chunk to lint again is then that bullet's block, often one where no rule can fire.
import { lint as markdownlintSync } from 'markdownlint/sync';
import type { LintError } from 'markdownlint';
import { withBulletCuts } from './guards/list-cuts';
import { emphasisPairsOff } from './emphasis-pairs';

/** Texts longer than this are also cut between top-level bullets (micromark slows down on long lists). */
export const BULLET_CUT_THRESHOLD = 32 * 1024;

/** markdownlint's default front matter pattern (markdownlint/helpers `frontMatterRe`, untyped there): YAML, TOML, JSON. */
const FRONT_MATTER =
  /((^---[^\S\r\n\u2028\u2029]*$[\s\S]+?^---\s*)|(^\+\+\+[^\S\r\n\u2028\u2029]*$[\s\S]+?^(\+\+\+|\.\.\.)\s*)|(^\{[^\S\r\n\u2028\u2029]*$[\s\S]+?^\}\s*))(\r\n|\r|\n|$)/m;

/** Rules whose findings on a chunk depend only on that chunk's text. */
const CHUNK_LOCAL = new Set(['MD009', 'MD010', 'MD011', 'MD018', 'MD019', 'MD020', 'MD021', 'MD023', 'MD037', 'MD038', 'MD039', 'MD042', 'MD056']);

/** Chunk-local rules that also read which list a block belongs to: with one of them on, only headings cut. */
const READS_LIST_EXTENT = new Set(['MD009']);

/**
 * Necessary conditions: a rule can report something on a text only if its test matches. A rule
 * without an entry may always report.
 */
const MAY_FIRE: Record<string, (text: string) => boolean> = {
  MD011: (t) => t.includes(')['), // "(text)[url]"
  MD018: (t) => /^#+[^# \t]/m.test(t), // a line starting "#x"
  MD020: (t) => /#[^#\n]+#/.test(t), // "#Heading#": two hash runs on a line
  MD021: (t) => /#[^#\n]+#/.test(t), // closed heading
  MD019: (t) => /#[ \t]{2}/.test(t), // "#  Heading"
  // Indented heading: whitespace before a "#", or a setext underline (its heading line may be indented).
  MD023: (t) => /[ \t]#/.test(t) || /^[ \t>]*(?:=+|-+)[ \t]*\r?$/m.test(t),
  // Spaces inside emphasis markers: only markers left unpaired can be reported (emphasis-pairs.ts).
  MD037: (t) => /[*_]/.test(t) && !emphasisPairsOff(t),
  MD038: (t) => t.includes('`'),
  // Link text that starts or ends with whitespace: the character after a "[" or before a "]" (the
  // rule compares the label's raw text with its trimmed self; JS \s is the set trim removes).
  MD039: (t) => /\[\s|\s\]/.test(t),
  // An empty link. Without a definition ("]:") only inline links are links, and those are empty only
  // when nothing, "<…>", a title or "#" follows the "](" (a reference link needs a definition).
  MD042: (t) => t.includes(']:') || /\]\(\s*[)<#"'(]/.test(t),
  // Full and collapsed references ("[text][label]", "[text][]"); shortcut ones are not checked by
  // default. Whole-text: its findings follow the order labels first appear in the document.
  MD052: (t) => t.includes('][') || /\]\s*\n\s*\[/.test(t),
  MD056: (t) => t.includes('|'),
  // Only links whose destination starts with "#" (or an escape or entity that reads as one).
  MD051: (t) => /\]\(\s*<?(?:\\?#|&)/.test(t),
  MD009: (t) => /[ \t]\r?$/m.test(t),
  MD010: (t) => t.includes('\t'),
};

/**
 * Markdown that makes the whole text one chunk: reference definitions, inline configuration, lone CR,
 * and the fences of markdownlint's math (`$$`) and directive (`:::`) extensions, which span blank lines.
 */
const UNSPLITTABLE = /\[[^\]\n]{0,999}\]:|markdownlint-|\r(?!\n)|^ {0,3}(?:\$\$|:::)/im;

/** Remembered results per chunk: bounded by the characters they cover (oldest dropped first). */
const MAX_CACHED_CHARS = 2 * 1024 * 1024;
const cache = new Map<string, { results: LintError[]; chars: number }>();
let cachedChars = 0;

/**
 * What markdownlint reports for `text` with `config` (same order, same line numbers), computed chunk
 * by chunk with remembered results.
 */
export function markdownlintResults(text: string, config: Record<string, unknown>): LintError[] {
  const enabled = Object.keys(config).filter((id) => id !== 'default' && !!config[id]);
  if (config.default) return runWhole(text, config);
  // A rule configured beyond the defaults' reach (MD052 with shortcut references) may always fire.
  const mayFire = (id: string, t: string) => !MAY_FIRE[id] || (id === 'MD052' && hasOption(config[id], 'shortcut_syntax')) || MAY_FIRE[id](t);
  // MD052 orders its findings by where each label first appears in the whole text: with reference
  // links present, one whole-text call.
  if (enabled.includes('MD052') && mayFire('MD052', text)) return runWhole(text, config);
  const local = enabled.filter((id) => CHUNK_LOCAL.has(id));
  const global = enabled.filter((id) => !CHUNK_LOCAL.has(id) && mayFire(id, text));
  const localConfig = only(config, local);
  const key = JSON.stringify(localConfig);
  // Each chunk with its first line, the rules that may fire in it, and its cache entry.
  const chunks: { text: string; line: number; fires: string[]; id: string }[] = [];
  let line = 0;
  // Block cuts only below the size where long lists are cut at bullets and chunks run one call each.
  const blocks = text.length <= BULLET_CUT_THRESHOLD && !local.some((id) => READS_LIST_EXTENT.has(id));
  const cut = local.length ? chunking(text, blocks) : { chunks: [], atBullets: false };
  // markdownlint sets front matter aside before it parses (its lines reach no rule): the first
  // chunk's rules are tested on what follows it ("---" would pass for a setext underline).
  const fm = cut.chunks.length ? FRONT_MATTER.exec(text) : null;
  const frontMatterLength = fm && fm.index === 0 ? fm[0].length : 0;
  for (const [i, chunk] of cut.chunks.entries()) {
    const parsed = i === 0 && frontMatterLength ? chunk.slice(frontMatterLength) : chunk;
    chunks.push({ text: chunk, line, fires: local.filter((id) => mayFire(id, parsed)), id: `${key}\u0000${chunk}` });
    line += lineBreaks(chunk);
  }
  const missing = chunks.filter((c) => c.fires.length && !cache.has(c.id));
  const out: LintError[] = [];
  if (missing.length > 1 && !cut.atBullets) {
    // Many chunks unseen (a cold lint): one call costs less than one per chunk (markdownlint's own
    // setup is per call). The call gets only the unseen chunks where a rule may fire, joined: each
    // starts at a heading after a blank line, so joined they parse as they do alone, and the results,
    // split by line, are each chunk's own results (the tests compare with one whole-text call). A
    // chunk no rule can fire in (a heading alone, the front matter, a plain list) is not parsed.
    // Not when the text was also cut between bullets: micromark is superlinear on one long list,
    // so there the pieces cost less than the whole (a 64 KB list: about half).
    const results = runWhole(missing.map((c) => c.text).join(''), localConfig);
    const byChunk = missing.map(() => [] as LintError[]);
    const firstLine: number[] = [];
    let at = 0;
    for (const chunk of missing) {
      firstLine.push(at);
      at += lineBreaks(chunk.text);
    }
    let c = 0;
    for (const r of [...results].sort((a, b) => a.lineNumber - b.lineNumber)) {
      while (c + 1 < missing.length && firstLine[c + 1] < r.lineNumber) c++;
      byChunk[c].push(firstLine[c] ? shifted(r, -firstLine[c]) : r);
    }
    missing.forEach((chunk, i) => remember(chunk.id, byChunk[i]));
  }
  if (global.length) out.push(...runWhole(text, only(config, global)));
  for (const chunk of chunks) {
    if (!chunk.fires.length) continue;
    let results = recall(chunk.id);
    if (!results) {
      results = runWhole(chunk.text, chunk.fires.length === local.length ? localConfig : only(config, chunk.fires));
      remember(chunk.id, results);
    }
    for (const r of results) out.push(chunk.line ? shifted(r, chunk.line) : r);
  }
  // markdownlint's own order: by rule name, then line (a stable sort keeps the order within a line).
  return out.sort((a, b) => a.ruleNames[0].localeCompare(b.ruleNames[0]) || a.lineNumber - b.lineNumber);
}

/** How many times markdownlint itself was called (tests check that an edit re-lints only what it must). */
export const markdownlintCalls = { count: 0 };

/** markdownlint on the whole text in one call (the reference the chunked path must equal). */
export function runWhole(text: string, config: Record<string, unknown>): LintError[] {
  markdownlintCalls.count++;
  return markdownlintSync({ strings: { resume: text }, config, handleRuleFailures: true }).resume ?? [];
}

/** Forgets remembered chunk results (benchmarks measuring a cold lint). */
export function clearMarkdownlintCache(): void {
  cache.clear();
  cachedChars = 0;
}

function hasOption(setting: unknown, option: string): boolean {
  return typeof setting === 'object' && setting !== null && !!(setting as Record<string, unknown>)[option];
}

function only(config: Record<string, unknown>, ids: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = { default: false };
  for (const id of ids) out[id] = config[id];
  return out;
}

function recall(id: string): LintError[] | undefined {
  const hit = cache.get(id);
  if (!hit) return undefined;
  cache.delete(id); // most recently used last
  cache.set(id, hit);
  return hit.results;
}

function remember(id: string, results: LintError[]): void {
  const old = cache.get(id);
  if (old) {
    cache.delete(id);
    cachedChars -= old.chars;
  }
  cache.set(id, { results, chars: id.length });
  cachedChars += id.length;
  for (const [old, entry] of cache) {
    if (cachedChars <= MAX_CACHED_CHARS) break;
    cache.delete(old);
    cachedChars -= entry.chars;
  }
}

function shifted(r: LintError, lines: number): LintError {
  return { ...r, lineNumber: r.lineNumber + lines, ...(r.fixInfo ? { fixInfo: { ...r.fixInfo, ...(r.fixInfo.lineNumber ? { lineNumber: r.fixInfo.lineNumber + lines } : {}) } } : {}) };
}

function lineBreaks(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^#{1,6}(?:[ \t]|\r?$)/;
const BLANK = /^[ \t]*\r?$/;
/** HTML blocks that do not end at a blank line (CommonMark kinds 1, 3, 4, 5): never cut while one may be open. */
const RAW_HTML = /<(?:script|pre|style|textarea)\b|<\?|<![A-Za-z[]/i;

/** A line that cannot be cut before, though it starts at column 0: it could open front matter alone. */
const FRONT_MATTER_OPENER = /^(?:---|\+\+\+|\{)/;

/** The text cut into chunks (their concatenation is the text); `blocks`: at every block after a blank line, not only headings. */
export function chunksOf(text: string, blocks = false): string[] {
  return chunking(text, blocks).chunks;
}

/** The chunks, and whether some cuts are between bullets of one list (not only at headings). */
function chunking(text: string, blocks: boolean): { chunks: string[]; atBullets: boolean } {
  const whole = { chunks: [text], atBullets: false };
  if (UNSPLITTABLE.test(text) || RAW_HTML.test(text)) return whole;
  // A fence inside a comment, or a comment opener inside a fence or a heading ("# a <!-- b" then a
  // fence): which one wins needs the full parse, so a text with both is not cut.
  if (text.includes('<!--') && /^ {0,3}(?:`{3,}|~{3,})/m.test(text)) return whole;
  const fm = FRONT_MATTER.exec(text);
  let at = fm && fm.index === 0 ? fm[0].length : 0;
  const starts = [0];
  let fence: { char: string; length: number } | undefined;
  let inComment = false;
  let previousBlank = true;
  while (at < text.length) {
    let next = text.indexOf('\n', at);
    if (next < 0) next = text.length;
    const line = text.slice(at, next);
    if (fence) {
      const close = FENCE_OPEN.exec(line);
      if (close && close[1][0] === fence.char && close[1].length >= fence.length && BLANK.test(line.slice(close[0].length))) fence = undefined;
    } else if (inComment) {
      if (line.includes('-->')) inComment = line.lastIndexOf('<!--') > line.lastIndexOf('-->');
    } else {
      const open = FENCE_OPEN.exec(line);
      if (open) fence = { char: open[1][0], length: open[1].length };
      else if (line.includes('<!--') && !line.slice(line.lastIndexOf('<!--') + 4).includes('-->')) inComment = true;
      else if (at > 0 && previousBlank && (ATX_HEADING.test(line) || (blocks && /^\S/.test(line) && !FRONT_MATTER_OPENER.test(line)))) starts.push(at);
    }
    previousBlank = !fence && !inComment && BLANK.test(line);
    at = next + 1;
  }
  // A long list: cut between top-level bullets too (src/core/guards/list-cuts.ts says why that is safe).
  const all = text.length > BULLET_CUT_THRESHOLD ? withBulletCuts(text, starts, fm && fm.index === 0 ? fm[0].length : 0).starts : starts;
  return { chunks: all.map((s, i) => text.slice(s, all[i + 1] ?? text.length)), atBullets: all.length > starts.length };
}
