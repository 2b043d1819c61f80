import { tenseMismatch } from '../../../src/core/rules/tense-mismatch';
import { testRule, inExperience } from '../../helpers/rule-tester';

const CURRENT = '### Software Engineer, Shopwise — Jan 2024 – Present';

testRule(tenseMismatch, {
  valid: [
    'Built a Kafka consumer in Java that processes 2M order events per day.',
    'Led a team of 4 interns through a migration to TypeScript.',
    'Lead engineer on the payments team; shipped Apple Pay support to 1.1M users.', // noun "Lead"
    'Design system components in Storybook were adopted by 6 product teams.', // noun "Design"
    'Test automation for 3 mobile apps with Detox, cutting release QA from 2 days to 4 hours.',
    'Python scripts that reconcile 40,000 invoices a month.', // no verb
    'Cut cloud spend by 28% by moving batch jobs to spot instances.', // "Cut" is both tenses
    'Leading the migration of 12 services to Kubernetes.', // gerund: not a tense choice
  ],
  invalid: [
    {
      code: 'Build and maintain the checkout service used by 2M shoppers a month.',
      underlines: ['Build'],
      message: 'has ended',
      output: 'Built and maintain the checkout service used by 2M shoppers a month.',
    },
    {
      code: 'Develops REST endpoints in Flask for 14 internal tools.',
      underlines: ['Develops'],
      output: 'Developed REST endpoints in Flask for 14 internal tools.',
    },
    {
      code: 'Lead a team of 5 engineers through the move to event sourcing.',
      underlines: ['Lead'],
      output: 'Led a team of 5 engineers through the move to event sourcing.',
    },
    {
      code: inExperience('Reduced p95 latency of the search API from 800 ms to 210 ms.', CURRENT),
      doc: true,
      underlines: ['Reduced'],
      message: 'current',
    },
    {
      code: inExperience('Designed the on-call rotation and runbooks for 9 services.', CURRENT),
      doc: true,
      output: inExperience('Design the on-call rotation and runbooks for 9 services.', CURRENT),
    },
  ],
});

testRule(tenseMismatch, {
  valid: [
    { doc: true, code: inExperience('Lead a team of 5 engineers building the fraud platform.', CURRENT) },
    { doc: true, code: inExperience('Builds the data pipelines that feed 30 dashboards.', CURRENT) },
    // No dates: nothing to compare against.
    { doc: true, code: inExperience('Build the checkout service used by 2M shoppers.', '### Software Engineer, Shopwise') },
    // Education bullets are not about a role.
    { doc: true, code: '## Education\n\n### BSc Computer Science, McGill — 2020 – 2024\n\n- Lead teaching assistant for COMP 250.\n' },
  ],
  invalid: [],
});
