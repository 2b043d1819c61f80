// The `bulletproof` command: dispatches to one subcommand per module in commands/.
import { runLint, LINT_HELP } from './commands/lint';
import { runTailor } from './commands/tailor';
import { runReferral } from './commands/referral';
import { runInit } from './commands/init';
import { EXIT, UsageError, processIO, type CliIO } from './io';

declare const BULLETPROOF_VERSION: string | undefined;
const VERSION = typeof BULLETPROOF_VERSION === 'string' ? BULLETPROOF_VERSION : '0.0.0-dev';

const HELP = `Bulletproof ${VERSION} — resume-as-code linter, tailoring and referral drafts. Offline.

Usage: bulletproof <command> [options]

Commands:
  lint [files…]             lint Markdown resumes (stylish, json or sarif output)
  tailor RESUME --job JOB   tailor a resume to a job posting: match report, Markdown, HTML, PDF
  referral RESUME --job JOB draft a referral intro: invitation note, message, email, thanks, follow-up
  init [folder]             create a starter resume and a commented .bulletproof.json (never overwrites)

Run "bulletproof <command> --help" for a command's options.
`;

type Command = (argv: string[], io: CliIO, version: string) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  lint: runLint,
  tailor: runTailor,
  referral: runReferral,
  init: runInit,
};

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(HELP);
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`bulletproof: unknown command "${name}".\n\n${HELP}`);
    return EXIT.usage;
  }
  try {
    return await command(rest, io, VERSION);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`bulletproof ${name}: ${(e as Error).message}\n`);
      return EXIT.usage;
    }
    throw e;
  }
}

export { LINT_HELP };

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`bulletproof: internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
      process.exitCode = EXIT.usage;
    },
  );
}
