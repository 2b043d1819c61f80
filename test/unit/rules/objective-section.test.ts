import { objectiveSection } from '../../../src/core/rules/objective-section';
import { testRule } from '../../helpers/rule-tester';

const WITH = '# Ana\n\n## Career Objective\n\nSeeking a challenging role in data science.\n\n## Experience\n\n- Built 12 dashboards.\n';

testRule(objectiveSection, {
  valid: [
    { doc: true, code: '# Ana\n\n## Summary\n\nData analyst; built 12 Tableau dashboards used by 40 sales reps.\n' },
    // The word inside a bullet is not a section.
    'Defined the objective and key results (OKRs) for a 6-person analytics team.',
  ],
  invalid: [
    {
      doc: true,
      code: WITH,
      underlines: ['Career Objective'],
      message: 'The "Career Objective" section says what you want',
      output: '# Ana\n\n## Experience\n\n- Built 12 dashboards.\n',
    },
  ],
});
