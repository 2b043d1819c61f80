import { fillerWord } from '../../../src/core/rules/filler-word';
import { testRule } from '../../helpers/rule-tester';

testRule(fillerWord, {
  valid: [
    'Migrated a 2 TB PostgreSQL database to AWS RDS with 4 minutes of downtime.',
    'Built a real-time dashboard for 30 support agents.', // "real-time" is a compound, not "really"
  ],
  invalid: [
    {
      code: 'Successfully migrated a 2 TB database to AWS RDS.',
      underlines: ['Successfully'],
      output: 'Migrated a 2 TB database to AWS RDS.',
    },
    {
      code: 'Cut build times by a very large 60% for 12 teams.',
      underlines: ['very'],
      output: 'Cut build times by a large 60% for 12 teams.',
    },
  ],
});
