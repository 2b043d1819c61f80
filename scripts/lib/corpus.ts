// Reading the labeled bullets corpus (../shared/corpus, see its README) and splitting it by person.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface LabeledBullet {
  id: string;
  repo: string;
  section: string;
  text: string;
  has_metric: boolean;
  vague: boolean;
  vague_reason: string;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The `shared/corpus` folder that holds `marker` (a path inside it): BULLETPROOF_CORPUS, else beside the
 * repository (`../shared/corpus`) or beside one of its ancestors (a git worktree one level deeper).
 */
export function findCorpusDir(marker: string): string | undefined {
  if (process.env.BULLETPROOF_CORPUS) return resolve(process.env.BULLETPROOF_CORPUS);
  for (let dir = resolve(ROOT, '..'); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'corpus');
    if (existsSync(join(candidate, marker))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** The labeled-bullets corpus folder (see findCorpusDir); throws when there is none. */
export function corpusDir(): string {
  const dir = findCorpusDir('bullets.train.jsonl');
  if (!dir) throw new Error('corpus not found: expected ../shared/corpus/bullets.train.jsonl (or set BULLETPROOF_CORPUS)');
  return dir;
}

export const DEFAULT_FILES = ['bullets.train.jsonl', 'bullets.dev.jsonl'];

export function readBullets(file: string): LabeledBullet[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, n) => {
      try {
        return JSON.parse(l) as LabeledBullet;
      } catch {
        throw new Error(`${file}:${n + 1}: not valid JSON`);
      }
    });
}

/** A short fingerprint of the files' bytes, recorded with a trained model. */
export function corpusHash(files: string[]): string {
  const h = createHash('sha256');
  for (const f of files) h.update(readFileSync(f));
  return h.digest('hex').slice(0, 16);
}

/**
 * Person-grouped folds: every person's bullets land in one fold. Deterministic: people are ordered by a
 * hash of their `repo` and each goes to the fold with the fewest bullets so far.
 */
export function personFolds<T extends { repo: string }>(rows: readonly T[], k: number, salt = ''): number[] {
  const byRepo = new Map<string, number[]>();
  rows.forEach((r, i) => byRepo.set(r.repo, [...(byRepo.get(r.repo) ?? []), i]));
  const key = (repo: string) => createHash('sha1').update(salt + repo).digest('hex');
  const repos = [...byRepo.keys()].sort((x, y) => key(x).localeCompare(key(y)));
  const size = new Array(k).fill(0);
  const fold = new Array(rows.length).fill(0);
  for (const repo of repos) {
    const f = size.indexOf(Math.min(...size));
    for (const i of byRepo.get(repo)!) fold[i] = f;
    size[f] += byRepo.get(repo)!.length;
  }
  return fold;
}
