import { selfDescription } from '../../../src/core/rules/self-description';
import { testRule } from '../../helpers/rule-tester';

testRule(selfDescription, {
  valid: [
    // Substrings of buzzwords inside other words or compounds are not buzzwords.
    'Built data-driven forecasting models for inventory.',
    'Coached the varsity cheerleader squad and organized a bake sale.',
    'Wrote a results table generator for the lab.',
    'Built a team-player matching feature for the sports app.',
    // Concrete work that mentions environments, teams or skills.
    'Built a staging environment in Terraform for the payments team.',
    'Created a test environment for the firmware team.',
    'Built a skills matrix in Airtable for 40 engineers.',
    'Improved communication between sales and engineering with a shared Slack triage channel.',
    'Analyzed market trends in SQL to forecast demand.',
    'Served 6 years as a volunteer firefighter.',
    'Built relationships with 40 partner schools that placed 120 tutors.',
  ],
  invalid: [
    { code: 'Team player with a proven track record of delivery.', underlines: ['Team player', 'proven track record'] },
    { code: 'Results-driven and detail-oriented engineer.', underlines: ['Results-driven', 'detail-oriented'], message: 'evidence' },
    { code: 'Hard-working self-starter passionate about clean code.', underlines: ['Hard-working', 'self-starter', 'passionate about'] },
    { code: 'Built team rapport and fostered an inclusive, collaborative work environment.', underlines: ['Built team rapport', 'fostered an inclusive, collaborative work environment'], message: 'mood' },
    { code: 'Fostered a collaborative environment with product and engineering teams.', underlines: ['Fostered a collaborative environment'] },
    { code: 'Cultivated a positive team culture built on trust.', underlines: ['Cultivated a positive team culture'] },
    { code: 'Built strong relationships with clients and colleagues.', underlines: ['Built strong relationships'] },
    { code: 'Developed teamwork, communication, and customer service skills in retail.', underlines: ['Developed teamwork, communication, and customer service skills'], message: 'trait' },
    { code: 'Demonstrated strong leadership and excellent communication skills.', underlines: ['Demonstrated strong leadership and excellent communication skills'] },
    { code: 'Over six years of serving and bartending in restaurants.', underlines: ['Over six years'], message: 'tenure' },
    { code: '10+ years of experience in enterprise software.', underlines: ['10+ years of experience'] },
    { code: 'Stayed up to date with the latest trends in web development.', underlines: ['Stayed up to date', 'latest trends'] },
    { code: 'Drove innovation across the product organization.', underlines: ['Drove innovation'] },
    // Summary prose outside bullets is checked too.
    { code: '# Ada Lovelace\n\n## Summary\n\nHighly motivated software engineer and team player.\n', doc: true, underlines: ['Highly motivated', 'team player'] },
  ],
});
