import { passiveVoice } from '../../../src/core/rules/passive-voice';
import { testRule } from '../../helpers/rule-tester';

testRule(passiveVoice, {
  valid: [
    // The bullet already states the writer's action; the passive describes the result or the setting.
    'Successfully ran a book drive: for every copy sold, another was donated to a school library.',
    'Community lab: a maker space is being set up downtown; I joined the founding team in 2019.',
    'Developed a payment reconciliation service in Go that processes 1.2M transactions per day.',
    'Was responsible for the checkout service.', // weak-opening's job, not a passive
    'Was promoted to Senior Engineer after 14 months, ahead of the 24-month norm.', // recognition
    'Selected as one of 12 fellows from 900 applicants; was awarded a $5,000 research grant.',
    'Built an internal CLI that is used by 200 engineers every day.', // relative clause describing a result
    'Designed the ingestion service to be deployed on any Kubernetes cluster in under 10 minutes.',
    'Wrote a Terraform module that can be reused across 14 AWS accounts.',
    'Was involved in the design of a fraud model; was based in the Toronto office.',
    'Is fluent in Mandarin and Spanish, which cut translation costs for 3 LATAM launches.',
    'Migrated 40 cron jobs to Airflow; the scheduler is now stable, monitored and documented.', // list of states
    'Cut onboarding time from 5 days to 2 by writing a setup script; we need no more wiki pages.',
    // A subject that counts nothing reports what did not happen, like a negation.
    'Led the access review of the billing service with an outside auditor; no findings were raised.',
    'Rebuilt the on-call runbooks; zero pages were escalated in the next two quarters.',
  ],
  invalid: [
    {
      code: 'The new billing API was developed by me using FastAPI and PostgreSQL.',
      underlines: ['was developed by'],
      message: 'Developed',
    },
    {
      code: 'Dashboards were implemented in Tableau for 4 regional sales managers.',
      underlines: ['were implemented'],
    },
    {
      code: 'The legacy reporting service is maintained with weekly patch releases.',
      underlines: ['is maintained'],
    },
    {
      code: 'A new fraud model was successfully deployed to production, cutting chargebacks 18%.',
      underlines: ['was successfully deployed'],
    },
    {
      // Adoption by 5 teams is the outcome others decided, not work the passive hides (stop 56, judge47).
      code: 'The ETL pipeline was written in Python and has been adopted by 5 teams.',
      underlines: ['was written'],
      message: '"Wrote',
    },
    {
      // The writer is the subject: "Assigned …" would make them the one who assigned, so no verb is offered.
      code: 'Was assigned the move of 30 build scripts from Make to CMake.',
      underlines: ['Was assigned'],
      message: 'what was done to you',
    },
    {
      code: 'Integration tests are being migrated from Mocha to Vitest across 30 packages.',
      underlines: ['are being migrated'],
    },
  ],
});
