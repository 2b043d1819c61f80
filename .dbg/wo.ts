import { weakOpening } from '../src/core/rules/weak-opening';
import { findingsOf } from '../test/helpers/rule-tester';
const cur = process.env.CUR ? 'Present' : 'Dec 2022';
for (const b of process.argv.slice(2)) for (const f of findingsOf(weakOpening, `## Experience\n\n### Quality Engineer, Nile Works — Jan 2021 – ${cur}\n\n- ${b}\n- Built the audit tracker for 3 plants.\n- Cut scrap by 12% on line 2.\n`)) console.log(b, '=>', f.message.slice(0,80), JSON.stringify((f.fixes??[]).map((x:any)=>x.title)));
