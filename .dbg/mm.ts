import { missingMetric } from '../src/core/rules/missing-metric';
import { findingsOf } from '../test/helpers/rule-tester';
for (const b of process.argv.slice(2)) console.log(b, '=>', findingsOf(missingMetric, `## Experience\n\n### Engineer, Brindle Works — Jan 2022 – Present\n\n- ${b}\n`).map((f) => f.message));
