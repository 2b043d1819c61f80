// Referral drafts from a resume's and a posting's text, for the CLI's `referral` command and the
// extension's "Draft Referral Intro…": the match report picks the quotes and the score, and the lint
// findings (with the resume's nearest .bulletproof.json) feed the "fix the resume first" warning, so
// both places warn about the same things.

import { dirname } from 'node:path';
import { mergeConfigs, type BulletproofConfig } from '../core/config';
import { parseResumeAs } from '../core/formats';
import { parseJobPosting } from '../core/job';
import { lintDocument } from '../core/lint';
import { draftReferralFromDocuments, type MessageChannelId, type ReferralDrafts, type Referrer } from '../core/referral';
import { matchResume } from '../core/tailor';
import { findConfigFile, loadConfigFile } from './config-file';

export interface ReferralRequest {
  resumeText: string;
  jobText: string;
  /** Where the resume lives: its nearest .bulletproof.json sets the lint rules. */
  resumePath?: string;
  referrer?: Referrer;
  /** The posting file's name: on a page of several positions it may name the one wanted. */
  jobName?: string;
  /** YYYY-MM-DD; default: today in local time. */
  today?: string;
  channel?: MessageChannelId;
  /** Problems reading the config file (linting goes on with defaults for them). */
  onConfigProblem?: (message: string) => void;
  /** A layer over the config file, such as the editor's `bulletproof.rules` setting. */
  settings?: BulletproofConfig;
}

export function draftReferralFromText(request: ReferralRequest): ReferralDrafts {
  const resume = parseResumeAs(request.resumeText, { path: request.resumePath });
  const job = parseJobPosting(request.jobText, { name: request.jobName });
  const fileConfig = request.resumePath ? nearestConfig(request.resumePath, request.onConfigProblem) : undefined;
  const config = request.settings ? mergeConfigs(fileConfig, request.settings) : fileConfig;
  const today = request.today ?? localDate(new Date());
  const { report } = matchResume(resume, job, { profile: config?.profile, today: new Date(`${today}T12:00:00`) });
  // The same local date as the match and the CLI: date rules (impossible dates, a start in the future) need it.
  const { findings } = lintDocument(resume, { config, today });
  return draftReferralFromDocuments(resume, job, {
    today,
    report,
    findings,
    referrer: request.referrer,
    options: request.channel ? { messageChannel: request.channel } : undefined,
  });
}

/** The resume's .bulletproof.json, so the lint state matches what `bulletproof lint` reports. */
export function nearestConfig(resumePath: string, onProblem: (message: string) => void = () => {}): BulletproofConfig | undefined {
  const path = findConfigFile(dirname(resumePath));
  if (!path) return undefined;
  try {
    const loaded = loadConfigFile(path);
    for (const e of loaded.errors) onProblem(`config error (using defaults for it): ${e}`);
    return mergeConfigs(loaded.config);
  } catch (e) {
    onProblem(`cannot read ${path}, using defaults: ${(e as Error).message}`);
    return undefined;
  }
}

/** YYYY-MM-DD in the local time zone: a deadline is "today" where the user is. */
export const localDate = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
