// Round 20a: passives whose doer is named (coordinated with an active verb, a detail under the writer's
// own line), adjective openings read as verbs, adoption and promotion stated as results, a parent line
// measured by its nested items, possessives that carry meaning, and writer's notes.
import { passiveVoice } from '../../../src/core/rules/passive-voice';
import { testRule } from '../../helpers/rule-tester';

const nested = (parent: string, child: string) => `## Experience\n\n### Platform Engineer, Acme Corp — 2020 – 2023\n\n- ${parent}\n  - ${child}\n`;

testRule(passiveVoice, {
  valid: [
    // The writer is the subject of both verbs: the passive hides nobody.
    'Was called in for and fixed the 2021 payroll export failure; wrote the runbook afterwards.',
    'Was hired as a contractor and rebuilt the checkout flow in React.',
    // A detail under the writer's own line: the parent names the doer.
    { code: nested('Moved 300 services from Nomad to Kubernetes.', 'failover was rehearsed three times before the cutover'), doc: true },
  ],
  invalid: [
    // Two passives coordinated: nobody acts.
    { code: 'Was trained and certified in forklift operation.', underlines: ['Was trained'] },
    // Subject-first with an adjective opening: a passive, not a verb-first line.
    { code: 'Accrued liabilities schedule was prepared for the quarterly review.', underlines: ['was prepared'] },
    { code: 'Outdated laptops were replaced across the office.', underlines: ['were replaced'] },
    { code: 'Closed accounts were archived for the auditors.', underlines: ['were archived'] },
    // A nested passive under a parent that names no doer still hides the doer.
    { code: nested('Billing platform (2021 rewrite):', 'the ledger was rewritten in Rust'), doc: true, underlines: ['was rewritten'] },
  ],
});
