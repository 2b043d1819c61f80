// A labeled list of duties ("Closing shift: cleaning, restocking, …") and a tool-first opening
// ("Utilized Figma to prototype …"): invented examples only.
import { weakOpening } from '../../../src/core/rules/weak-opening';
import { testRule } from '../../helpers/rule-tester';

testRule(weakOpening, {
  valid: [
    // A list of tools, a label followed by a sentence, or a result after the list.
    'Stack: React, Node.js, PostgreSQL.',
    'Night audit: balanced 3 registers and filed the deposit report.',
    'Weekend rota: scheduling, ordering; cut overtime by 20%.',
    'Built: a billing service, a ledger and reconciliation jobs.',
    // The work first, or content (not tools) as the object.
    'Prototyped the kiosk checkout in Figma and tested it with 12 shoppers.',
    'Used the survey results to redesign the intake form for 3 clinics.',
  ],
  invalid: [
    { code: 'Opening shift: baking, restocking, register setup.', underlines: ['Opening shift: baking, restocking, register setup'], message: 'lists duties' },
    { code: 'Front desk: scheduling, invoicing and filing.', underlines: ['Front desk: scheduling, invoicing and filing'] },
    { code: 'Utilized Figma and Maze to prototype the kiosk checkout for 12 shoppers.', underlines: ['Utilized Figma and Maze to prototype'], message: '"Prototyped … with"' },
    { code: 'Leveraged Terraform to quickly provision 40 staging stacks.', underlines: ['Leveraged Terraform to quickly provision'], message: 'opens with the tool' },
  ],
});
