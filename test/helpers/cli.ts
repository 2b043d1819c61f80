// Runs the CLI in-process with captured streams.
import { main } from '../../src/cli/main';

export async function runCli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd, color: false });
  return { code, stdout, stderr };
}
