// Parse once, run every enabled rule and markdownlint, drop what inline comments suppress, sort.
// A rule that throws is reported in `ruleErrors` and skipped; the others still run.
import { parseResumeAs } from './formats';
import { adaptFix } from './formats/edits';
import type { ResumeDocument } from './document/types';
import { mergeConfigs, ruleOptions, ruleSeverity, validateConfig, type BulletproofConfig } from './config';
import { DEFAULT_LEXICON, extendLexicon } from './lexicon';
import { RULES } from './rules';
import { runMarkdownlint } from './markdownlint';
import { isSuppressed, parseSuppressions } from './suppressions';
import { ruleDocsUrl } from './docs-url';
import type { Finding, Fix, OffsetRange, Rule } from './types';
import { applyFixes, fixDamage } from './fixes';
import { protectedSpansOf } from './text/protected-spans';
import { boundDocument } from './guards/bounded-document';
import { analysedEnd, boundedSource } from './guards/bounded-source';
import { ANALYSIS_LIMIT_ID, limitFindings } from './guards/findings';

export interface LintOptions {
  /** Merged configuration from the edges (config file, editor settings). Front matter and inline comments apply on top. */
  config?: BulletproofConfig;
  /** Rules to run instead of the built-in set (tests, embedders). */
  rules?: readonly Rule[];
  /** Today's date, "YYYY-MM-DD", for checks against the calendar (core has no clock; without it they are skipped). */
  today?: string;
  /** File path or name: its extension picks the front end (.tex, .yaml/.yml, .json; else Markdown). */
  path?: string;
}

export interface RuleError {
  ruleId: string;
  message: string;
}

export interface LintResult {
  document: ResumeDocument;
  findings: Finding[];
  ruleErrors: RuleError[];
  /** The effective configuration after front matter. */
  config: BulletproofConfig;
}

/** Front matter `bulletproof:` key, validated; problems become findings on the front matter. */
function frontMatterConfig(doc: ResumeDocument): { config: BulletproofConfig; findings: Finding[] } {
  const findings: Finding[] = [];
  const fm = doc.frontMatter;
  const structural = (message: string, range = fm.range ?? { start: 0, end: 0 }): Finding => ({
    ruleId: 'front-matter',
    category: 'structure',
    severity: 'error',
    message,
    range,
    fixes: [],
    url: ruleDocsUrl('front-matter'),
  });
  if (fm.error) findings.push(structural(`${fm.error.message.replace(/\.?$/, ".")} Linting goes on without it.`, fm.error.range));
  const raw = fm.data.bulletproof;
  const config = validateConfig(raw, (message) => findings.push(structural(`Front matter "bulletproof": ${message}`)));
  return { config, findings };
}

/**
 * markdownlint checks that renders-wrongly also makes (an undefined reference label, a table row with
 * more cells than its header, spaces inside emphasis markers): where renders-wrongly reports a line, markdownlint's finding there is the
 * same problem twice, so it is dropped. Elsewhere (a row with too few cells) markdownlint's stays.
 */
const COVERED_BY_RENDERS_WRONGLY = new Set(['MD052', 'MD056', 'MD037']);

/** The lines that renders-wrongly's findings start on. */
function coveredLines(doc: ResumeDocument, findings: readonly Finding[]): Set<number> {
  const out = new Set<number>();
  for (const f of findings) if (f.ruleId === 'renders-wrongly') out.add(doc.lines.positionAt(f.range.start).line);
  return out;
}

export function lintDocument(doc: ResumeDocument, options: LintOptions = {}): LintResult {
  const fm = frontMatterConfig(doc);
  const config = mergeConfigs(options.config, fm.config);
  const lexicon = extendLexicon(DEFAULT_LEXICON, config.words);
  const findings: Finding[] = [...fm.findings];
  const ruleErrors: RuleError[] = [];
  // Bounded work on anything (src/core/limits.ts): rules see bullets cut to a bounded length, and
  // one information finding says what was not checked.
  const limitSeverity = ruleSeverity(config, ANALYSIS_LIMIT_ID, 'info');
  if (limitSeverity !== 'off') findings.push(...limitFindings(doc).map((f) => ({ ...f, severity: limitSeverity })));
  const ruleDoc = boundDocument(doc);
  const superseding: OffsetRange[] = [];
  const supersedingRules = new Set<string>();

  for (const rule of options.rules ?? RULES) {
    const severity = ruleSeverity(config, rule.id, rule.defaultSeverity);
    if (severity === 'off') continue;
    let produced;
    try {
      produced = rule.check(ruleDoc, { lexicon, options: ruleOptions(config, rule.id), today: options.today });
    } catch (error) {
      ruleErrors.push({ ruleId: rule.id, message: error instanceof Error ? error.message : String(error) });
      continue;
    }
    for (const { supersedes, ...f } of produced) {
      if (supersedes) {
        superseding.push(f.range);
        supersedingRules.add(rule.id);
      }
      findings.push({
        ...f,
        ruleId: rule.id,
        category: rule.category,
        severity: f.severity && severity === rule.defaultSeverity ? f.severity : severity,
        // Fix edits go back through the format's front end: escaped for LaTeX/YAML/JSON, or dropped if unsafe there.
        fixes: (f.fixes ?? []).map((fix) => adaptFix(doc, fix)).filter((fix) => fix !== undefined),
        url: ruleDocsUrl(rule.id),
      });
    }
  }

  if (superseding.length) {
    // A copy to be deleted is not polished: other rules' findings on it stay, without their fixes, so
    // neither Fix All nor a quick fix rewords the copy and hides that it repeats another line.
    const inside = (f: Finding) => !supersedingRules.has(f.ruleId) && superseding.some((r) => f.range.start >= r.start && f.range.end <= r.end);
    for (const f of findings) if (inside(f)) f.fixes = [];
  }

  if (config.markdownlint !== false && (doc.format ?? 'markdown') === 'markdown') {
    try {
      const overrides = typeof config.markdownlint === 'object' ? config.markdownlint : undefined;
      const covered = coveredLines(doc, findings);
      const skip = (ruleId: string, line: number) => COVERED_BY_RENDERS_WRONGLY.has(ruleId) && covered.has(line);
      for (const f of runMarkdownlint(boundedSource(doc.text).text, doc.lines, overrides, skip)) {
        const severity = ruleSeverity(config, f.ruleId, f.severity);
        if (severity !== 'off') findings.push({ ...f, severity });
      }
    } catch (error) {
      ruleErrors.push({ ruleId: 'markdownlint', message: error instanceof Error ? error.message : String(error) });
    }
  }

  // Fixes only come from the analysed part, so only its spans are looked for (not the 1 MB past it).
  const end = analysedEnd(doc);
  const analysed = end < doc.text.length ? { text: doc.text.slice(0, end), frontMatter: doc.frontMatter } : doc;
  for (const f of findings) f.fixes = guardFixes(analysed, doc.text, f);

  const regions = parseSuppressions(doc.comments, doc.lines);
  const kept = regions.length
    ? findings.filter((f) => !isSuppressed(f, doc.lines.positionAt(f.range.start).line, regions))
    : findings;
  kept.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId));
  return { document: doc, findings: kept, ruleErrors, config };
}

/**
 * The one place that decides what a fix may do, whichever rule wrote it: a fix that would change a
 * protected span (a URL, a link target, code, HTML, a template macro, a wiki link; front matter unless
 * the finding is in it) is dropped; a fix that would leave damage behind (empty brackets, doubled
 * spaces, a dangling comma, a lower-case sentence start) is never safe; only a safe fix is preferred.
 */
function guardFixes(doc: { text: string; frontMatter: ResumeDocument['frontMatter'] }, text: string, finding: Finding): Fix[] {
  if (!finding.fixes.length) return finding.fixes;
  const spans = protectedSpansOf(doc);
  const fm = doc.frontMatter.range;
  const inFrontMatter = !!fm && finding.range.start >= fm.start && finding.range.end <= fm.end;
  const allowed = (s: { kind: string }) => inFrontMatter && s.kind === 'front-matter';
  const out: Fix[] = [];
  for (const fix of finding.fixes) {
    if (fix.edits.some((e) => spans.touching(e.range, allowed))) continue;
    const safe = !!fix.safe && !fixDamage(text, fix.edits);
    const { safe: _s, isPreferred: _p, ...rest } = fix;
    out.push({ ...rest, ...(safe ? { safe } : {}), ...(safe && fix.isPreferred ? { isPreferred: true } : {}) });
  }
  return out;
}

/** A finding as the CLI's JSON prints it: 1-based lines and columns. */
export interface PublicFinding {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  ruleId: string;
  category: Finding['category'];
  severity: Finding['severity'];
  message: string;
  url?: string;
  fixes: { title: string; edits: { line: number; column: number; endLine: number; endColumn: number; newText: string }[] }[];
}

export function toPublicFinding(f: Finding, doc: ResumeDocument): PublicFinding {
  const pos = (offset: number) => {
    const p = doc.lines.positionAt(offset);
    return { line: p.line + 1, column: p.character + 1 };
  };
  const s = pos(f.range.start);
  const e = pos(f.range.end);
  return {
    line: s.line,
    column: s.column,
    endLine: e.line,
    endColumn: e.column,
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    message: f.message,
    url: f.url,
    fixes: f.fixes.map((fix) => ({
      title: fix.title,
      edits: fix.edits.map((ed) => {
        const a = pos(ed.range.start);
        const b = pos(ed.range.end);
        return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column, newText: ed.newText };
      }),
    })),
  };
}

/** Lints a resume (Markdown, or LaTeX/RenderCV/JSON Resume by `options.path`) and returns findings with 1-based positions (the library entry point). */
export function lint(text: string, options: LintOptions = {}): PublicFinding[] {
  const result = lintDocument(parseResumeAs(text, { path: options.path }), options);
  return result.findings.map((f) => toPublicFinding(f, result.document));
}

/**
 * Fix-all: applies every safe fix, re-lints and repeats until nothing changes (a fix can expose
 * another). Safe fixes are independent enough that this ends within 3 passes; the property tests
 * check it.
 */
export function fixAll(text: string, options: LintOptions = {}, maxPasses = 3): { text: string; passes: number } {
  let current = text;
  for (let pass = 1; pass <= maxPasses; pass++) {
    const next = applyFixes(current, lintDocument(parseResumeAs(current, { path: options.path }), options).findings);
    if (next === current) return { text: current, passes: pass - 1 };
    current = next;
  }
  return { text: current, passes: maxPasses };
}
