// A labeled list of duties ("Closing shift: cleaning, restocking, …"): invented examples only.
import { weakOpening } from '../../../src/core/rules/weak-opening';
import { testRule } from '../../helpers/rule-tester';

testRule(weakOpening, {
  valid: [
    // A list of tools, a label followed by a sentence, or a result after the list.
    'Stack: React, Node.js, PostgreSQL.',
    'Night audit: balanced 3 registers and filed the deposit report.',
    'Weekend rota: scheduling, ordering; cut overtime by 20%.',
    'Built: a billing service, a ledger and reconciliation jobs.',
  ],
  invalid: [
    { code: 'Opening shift: baking, restocking, register setup.', underlines: ['Opening shift: baking, restocking, register setup'], message: 'lists duties' },
    { code: 'Front desk: scheduling, invoicing and filing.', underlines: ['Front desk: scheduling, invoicing and filing'] },
  ],
});
