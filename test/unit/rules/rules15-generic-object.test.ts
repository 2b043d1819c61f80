// A size adjective where a number belongs ("large datasets"): invented examples only.
import { genericObject } from '../../../src/core/rules/generic-object';
import { testRule } from '../../helpers/rule-tester';

testRule(genericObject, {
  valid: [
    // A number in or right after the phrase gives the size.
    'Queried large datasets of 40 million rows in BigQuery.',
    'Cleaned 3 large datasets for the grant report.',
    // A size on a specific thing, or a size adjective inside a name, is not a placeholder.
    'Migrated a large Postgres cluster to Aurora with 2 minutes of downtime.',
    'Organized the Big Data Week meetup for 120 attendees.',
  ],
  invalid: [
    { code: 'Cleaned huge datasets using Python.', underlines: ['huge datasets'], message: 'size without a number' },
    { code: 'Statistical analysis was run on large datasets using Spark.', underlines: ['large datasets'] },
  ],
});
