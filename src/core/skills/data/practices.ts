// Tool → practice: a tool is evidence of the practice it exists for. A resume that lists GDB has
// debugged; one that writes Makefiles works with build systems. A posting often asks for the practice
// ("debugging", "build systems") while a resume names the tool, and a keyword scanner misses that.
//
// Each relation rests on how the tool describes itself in its own documentation (quoted in `source`),
// not on any posting or resume: a tool is listed under a practice only when its makers call it a tool
// for that practice. The tools are canonical names of the taxonomy (hand-written entries or the
// Stack Overflow tag names of data/stack-overflow.ts); a name the taxonomy does not know is ignored
// (test/unit/match-depth.test.ts checks that every name here resolves). Used like data/broader.ts:
// the practice is met with the tool's own evidence (shown or listed), and the report says which tool
// implied it.

export interface PracticeOfTools {
  /** The practice, as the taxonomy's canonical name. */
  practice: string;
  /** Tools whose use shows the practice. */
  tools: string[];
  /** Where the relation comes from: the tools' own descriptions. */
  source: string;
}

export const PRACTICE_OF_TOOLS: readonly PracticeOfTools[] = [
  {
    practice: 'debugging',
    tools: ['GDB', 'LLDB', 'Windbg', 'Chrome DevTools'],
    source:
      '"GDB, the GNU Project debugger" (sourceware.org/gdb); "LLDB is a next generation, high-performance debugger" ' +
      '(lldb.llvm.org); WinDbg, "the Windows debugger" (learn.microsoft.com); Chrome DevTools "can help you … diagnose ' +
      'problems quickly" and has a JavaScript debugger (developer.chrome.com/docs/devtools).',
  },
  {
    practice: 'shell scripting',
    tools: ['Bash', 'PowerShell'],
    source: 'Bash, "the GNU Project\'s shell" (gnu.org/software/bash); PowerShell, "a cross-platform task automation solution made up of a command-line shell, a scripting language…" (learn.microsoft.com/powershell).',
  },
  {
    practice: 'build systems',
    tools: ['Makefile', 'CMake', 'Maven', 'Gradle', 'Bazel'],
    source:
      'GNU Make "controls the generation of executables … from the program\'s source files" (gnu.org/software/make); ' +
      'CMake, "a tool to manage building of source code" (cmake.org); Maven, "a build automation tool" ' +
      '(maven.apache.org); Gradle Build Tool (gradle.org); Bazel, "a build and test tool" (bazel.build).',
  },
  {
    practice: 'static analysis',
    tools: ['SonarQube', 'ESLint'],
    source: 'SonarQube, "static code analysis" (sonarsource.com); ESLint "statically analyzes your code" (eslint.org).',
  },
  {
    practice: 'load testing',
    tools: ['JMeter'],
    source: 'Apache JMeter "may be used to test performance … to simulate a heavy load" (jmeter.apache.org).',
  },
];
