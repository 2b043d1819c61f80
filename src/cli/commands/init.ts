// `bulletproof init [FOLDER] [--name FILE]`: a starter resume and a commented .bulletproof.json,
// never over an existing file. Exit 0 (also when both existed: nothing to do), 2 on usage or I/O errors.
import { parseArgs } from 'node:util';
import { mkdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { createStarterFiles, STARTER_RESUME_NAME } from '../../node/starter';
import { EXIT, UsageError, type CliIO } from '../io';

export const INIT_HELP = `Usage: bulletproof init [folder] [options]

Creates a starter resume in the recommended shape (front matter with your contact
details, Education, Experience, Projects, Skills) and a commented .bulletproof.json
in the folder (default: the current one). An existing file is never overwritten.

Options:
  -n, --name <file>   the resume's file name (default: ${STARTER_RESUME_NAME})
  -h, --help          show this help
`;

export async function runInit(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      name: { type: 'string', short: 'n', default: STARTER_RESUME_NAME },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(INIT_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new UsageError('expects at most one folder (see --help).');
  const name = values.name!;
  if (!/^[^/\\]+\.(md|markdown)$/i.test(name)) throw new UsageError(`--name must be a Markdown file name such as resume.md, not "${name}".`);

  const dir = resolve(io.cwd, positionals[0] ?? '.');
  const display = (p: string) => relative(io.cwd, p) || p;
  let result;
  try {
    mkdirSync(dir, { recursive: true });
    result = createStarterFiles(dir, name);
  } catch (e) {
    io.stderr(`bulletproof init: cannot write in ${display(dir)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return EXIT.usage;
  }
  for (const path of result.created) io.stdout(`created ${display(path)}\n`);
  for (const path of result.existing) io.stdout(`kept    ${display(path)} (it already exists; not overwritten)\n`);
  if (result.created.length) {
    const resume = display(resolve(dir, name));
    io.stdout(`\nNext: replace the example details and the N's with your own, then run\n  bulletproof lint ${resume}\n`);
  }
  return EXIT.ok;
}
