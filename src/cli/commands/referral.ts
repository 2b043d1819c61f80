// `bulletproof referral RESUME --job JOB [--referrer NAME] [--referrer-school SCHOOL] [--referrer-team TEAM] [--json]`
// Prints referral intro drafts (invitation note, message, email, thank-you, follow-up) with their
// character counts and the warnings to read before sending. Writes nothing. Exit 0, or 2 for
// usage and I/O errors.

import { parseArgs } from 'node:util';
import { basename, resolve } from 'node:path';
import { parseDay, referralJson, type Draft, type ReferralDrafts } from '../../core/referral';
import { draftReferralFromText, localDate } from '../../node/referral';
import { parseJobPosting } from '../../core/job';
import { checkPosting } from '../../core/tailor/posting-check';
import { readTextFile } from '../read-text';
import { EXIT, UsageError, type CliIO } from '../io';

export const REFERRAL_HELP = `Usage: bulletproof referral RESUME --job JOB [options]

Drafts a referral intro for one job posting: a LinkedIn invitation note (300 characters
at most), a LinkedIn message or InMail, an email, a thank-you for after the referral, a
follow-up with a status update, a blurb for the referrer's internal referral form and a
polite nudge for when a week passes with no reply. Every fact comes from the resume, the posting or these
options; what is unknown is left as a [placeholder]. Nothing is written or sent.

Options:
  -j, --job <file>                the job posting (Markdown or text, optional front matter)
      --referrer <name>           the employee you are writing to
      --referrer-school <school>  their school; the same school as yours adds "fellow … alum"
      --referrer-team <team>      their team
      --referrer-context <text>   how you know them, in your words ("we met at the career fair")
      --channel <message|inmail>  where the message goes (InMail bodies are limited to 1900 characters)
      --today <YYYY-MM-DD>        the date deadlines are checked against (default: today)
      --json                      print {connectionNote, message, email, thankYou, followUp,
                                  referralForm, nudge, warnings, …}
  -h, --help                      show this help

Exit codes: 0 drafts printed (read the warnings), 2 usage or I/O error, or a job file that
is empty or not a job posting.
`;

const CHANNELS = { message: 'linkedin-message', inmail: 'inmail' } as const;

export async function runReferral(argv: string[], io: CliIO, _version = ''): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      job: { type: 'string', short: 'j' },
      referrer: { type: 'string' },
      'referrer-school': { type: 'string' },
      'referrer-team': { type: 'string' },
      'referrer-context': { type: 'string' },
      channel: { type: 'string', default: 'message' },
      today: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(REFERRAL_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError('expects exactly one resume file (see --help).');
  if (!values.job) throw new UsageError('--job JOB is required (a job posting file).');
  const channel = CHANNELS[values.channel as keyof typeof CHANNELS];
  if (!channel) throw new UsageError(`--channel must be message or inmail, not "${values.channel}".`);
  const today = values.today ?? localDate(new Date());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || !parseDay(today)) throw new UsageError(`--today must be a date written YYYY-MM-DD, not "${today}".`);

  const resumePath = resolve(io.cwd, positionals[0]);
  const resumeText = readInput(resumePath, positionals[0], 'resume', io);
  const jobText = readInput(resolve(io.cwd, values.job), values.job, 'job posting', io);
  if (resumeText === undefined || jobText === undefined) return EXIT.usage;

  const refusal = jobText.trim() && jobText.trim() === resumeText.trim() ? 'the job posting is the resume itself. Pass the posting with --job.' : checkPosting(parseJobPosting(jobText, { name: basename(values.job) })).message;
  if (refusal) {
    io.stderr(`bulletproof referral: ${values.job}: ${refusal}\n`);
    return EXIT.usage;
  }
  const drafts = draftReferralFromText({
    resumeText,
    jobText,
    jobName: basename(values.job),
    resumePath,
    today,
    referrer: {
      name: values.referrer,
      school: values['referrer-school'],
      team: values['referrer-team'],
      context: values['referrer-context'],
    },
    channel,
    onConfigProblem: (message) => io.stderr(`bulletproof: ${message}\n`),
  });

  io.stdout(values.json ? `${JSON.stringify(referralJson(drafts), null, 2)}\n` : formatDrafts(drafts, io.color));
  return EXIT.ok;
}

function readInput(path: string, shown: string, what: string, io: CliIO): string | undefined {
  try {
    const read = readTextFile(path);
    for (const w of read.warnings) io.stderr(`bulletproof: ${shown} ${w}\n`);
    return read.text;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : (code ?? (e as Error).message);
    io.stderr(`bulletproof referral: cannot read ${what} ${shown}: ${reason}\n`);
    return undefined;
  }
}

export function formatDrafts(d: ReferralDrafts, color: boolean): string {
  const bold = (s: string) => (color ? `\u001b[1m${s}\u001b[22m` : s);
  const yellow = (s: string) => (color ? `\u001b[33m${s}\u001b[39m` : s);
  const out: string[] = [];
  if (d.warnings.length) {
    out.push(bold('Before sending:'));
    for (const w of d.warnings) out.push(`  ${yellow('!')} ${w.message}`);
    out.push('');
  }
  const section = (title: string, draft: Draft) => {
    const limit = `${draft.characters}/${draft.channel.limit} characters${draft.channel.hard ? '' : ', suggested'}`;
    out.push(bold(`== ${title} (${limit}) ==`), draft.text, '');
  };
  section(`${d.connectionNote.channel.label}`, d.connectionNote);
  section(`${d.message.channel.label}`, d.message);
  section('Email subject', d.email.subject);
  section('Email body', d.email.body);
  section('Thank-you, after the referral is submitted', d.thankYou);
  section('Follow-up, when there is news', d.followUp);
  section('Referral form blurb, for the referrer to paste', d.referralForm);
  section('Nudge, after a week with no reply', d.nudge);
  const placeholders = [
    ...new Set([d.connectionNote, d.message, d.email.subject, d.email.body, d.thankYou, d.followUp, d.referralForm, d.nudge].flatMap((x) => x.placeholders)),
  ];
  if (placeholders.length) out.push(`Fill in before sending: ${placeholders.join(', ')}`, '');
  return out.join('\n');
}
