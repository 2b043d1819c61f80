import { regionalEnglish } from '../src/core/rules/regional-english';
import { findingsOf } from '../test/helpers/rule-tester';
for (const b of process.argv.slice(2)) console.log(b, '=>', findingsOf(regionalEnglish, `## Experience\n\n### Nurse, Clinica Norte — Jan 2021 – Dec 2022\n\n- ${b}\n`).map((f) => f.message.slice(0,60)));
