// For a keyword the resume lacks: the bullets where it might honestly belong, if it is true. A bullet
// is close when it names a skill of the same area (Docker for Kubernetes), a skill the posting lists
// alongside the keyword, or shares content words with the posting's lines about it.

import type { Bullet, ResumeDocument } from '../document/types';
import { isNarrativeKind } from '../document/parse';
import type { JobKeyword, JobPosting } from '../job/types';
import { splitSentences } from '../job/requirements';
import { contentStems, sharedStems } from './content-words';
import type { ResumeMention } from './resume-skills';
import { entryLabel } from './resume-skills';
import type { Hint } from './types';
import type { SkillCategory } from '../skills/types';

/** Categories narrow enough that sharing one makes a bullet a plausible home (not "practice"). */
const SPECIFIC_AREAS = new Set<SkillCategory>([
  'language', 'web', 'backend', 'mobile', 'database', 'data', 'ml', 'cloud', 'devops', 'os', 'networking', 'security',
  'testing', 'embedded', 'design',
]);

interface BulletFacts {
  bullet: Bullet;
  skills: ResumeMention[];
  stems: Set<string>;
}

export class HintFinder {
  private readonly facts: BulletFacts[];
  private readonly sentences: ReturnType<typeof splitSentences>;
  private readonly jobMentions: { keyword: string; start: number }[];

  constructor(
    private readonly doc: ResumeDocument,
    mentions: ResumeMention[],
    job: JobPosting,
  ) {
    const byBullet = new Map<number, ResumeMention[]>();
    for (const m of mentions) {
      if (m.bullet && m.kind === 'hard') {
        const list = byBullet.get(m.bullet.index) ?? [];
        list.push(m);
        byBullet.set(m.bullet.index, list);
      }
    }
    this.facts = doc.bullets
      .filter((b) => isNarrativeKind(b.section.kind))
      .map((bullet) => ({ bullet, skills: byBullet.get(bullet.index) ?? [], stems: contentStems(bullet.text) }));
    this.sentences = splitSentences(job.text, job.bodyStart);
    this.jobMentions = job.keywords.flatMap((k) => k.occurrences.map((o) => ({ keyword: k.keyword, start: o.start })));
  }

  hintsFor(keyword: JobKeyword, limit = 2): Hint[] {
    const lines = this.sentences.filter((s) => keyword.occurrences.some((o) => o.start >= s.start && o.start < s.end));
    const lineStems = new Set<string>();
    for (const l of lines) for (const s of contentStems(l.text)) lineStems.add(s);
    for (const s of contentStems(keyword.keyword)) lineStems.delete(s);
    const companions = new Set(
      this.jobMentions
        .filter((m) => m.keyword !== keyword.keyword && lines.some((l) => m.start >= l.start && m.start < l.end))
        .map((m) => m.keyword),
    );
    const scored: Hint[] = [];
    for (const f of this.facts) {
      let score = 0;
      const reasons: string[] = [];
      const sameArea = SPECIFIC_AREAS.has(keyword.category)
        ? f.skills.find((m) => m.category === keyword.category && m.canonical !== keyword.keyword)
        : undefined;
      if (sameArea) {
        score += 2;
        reasons.push(`mentions ${sameArea.canonical} (same area)`);
      }
      const companion = f.skills.find((m) => companions.has(m.canonical) && m !== sameArea);
      if (companion) {
        score += 1.5;
        reasons.push(`mentions ${companion.canonical}, which the posting names alongside it`);
      }
      const shared = sharedStems(f.stems, lineStems);
      if (shared.length) {
        score += 0.5 * Math.min(shared.length, 3);
        const words = f.bullet.text.split(/[^\p{L}\p{N}+#.-]+/u).filter((w) => shared.some((s) => w.toLowerCase().startsWith(s)));
        reasons.push(`shares words with the posting: ${[...new Set(words.map((w) => w.toLowerCase()))].slice(0, 3).join(', ')}`);
      }
      if (score < 1) continue;
      scored.push({
        bulletIndex: f.bullet.index,
        bullet: f.bullet.text,
        section: f.bullet.section.title || f.bullet.section.kind,
        ...(f.bullet.entry ? { entry: entryLabel(f.bullet.entry) } : {}),
        line: this.doc.lines.positionAt(f.bullet.range.start).line + 1,
        reason: reasons.join('; '),
        score,
      });
    }
    return scored.sort((a, b) => b.score - a.score || a.bulletIndex - b.bulletIndex).slice(0, limit);
  }
}
