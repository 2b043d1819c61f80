// Several invented resumes against several invented postings: on every posting, the resume that
// clearly fits it best scores highest (the ranking target, checked as a matrix rather than
// on one pair). Postings are written in the shapes real ones come in: a flattened paste, a Markdown
// posting with qualification headings, a posting whose skills sit in example lists.
import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';
import { parseResume } from '../../src/core/document/parse';
import { matchResume } from '../../src/core/tailor/match';

const POSTINGS: Record<string, string> = {
  data: `Data Engineering Intern — Larkspur Freight

About the job
We move 2 million parcels a week and our analysts need clean data.

Minimum qualifications:
- Experience with Python and SQL.
- Familiarity with a workflow scheduler (e.g., Airflow, Dagster).
- Knowledge of data warehouses such as Snowflake or BigQuery.
Preferred qualifications:
- dbt, Spark, Docker.
`,
  frontend: `# Frontend Engineer (New Grad)

## What you'll do
Build the booking screens of our clinic app.

## What we're looking for
- Strong JavaScript and TypeScript
- Experience with React and CSS
- Unit testing with Jest
- REST APIs

## Nice to have
- Next.js, GraphQL, Figma
`,
  embedded: `Firmware Engineer Co-op, Tidewater Instruments. Requirements: • Proficiency in C and C++ • Experience with microcontrollers (ARM Cortex-M) and RTOS • Familiarity with SPI, I2C and UART • Linux and Git. Preferred Qualifications: • Python for test scripts • Oscilloscope and logic analyzer use.
`,
};

function resume(name: string, body: string): string {
  return `# ${name}\n\n${name.toLowerCase().replace(/\s+/g, '.')}@example.com\n\n${body}`;
}

const RESUMES: Record<string, string> = {
  data: resume(
    'Ana Ruiz',
    `## Experience

### Data Engineering Intern, Harborline — Seattle, WA

*Jun 2025 – Sep 2025*

- Built 14 Airflow DAGs in Python that load 3M rows a day from SQL Server into Snowflake.
- Modeled 40 dbt tables for the finance team, cutting report build time from 2 hours to 10 minutes.
- Ran Spark jobs on 2 TB of shipment logs to find late-delivery routes.

## Skills

- Python, SQL, Airflow, Snowflake, dbt, Spark, Docker
`,
  ),
  frontend: resume(
    'Ben Okafor',
    `## Experience

### Web Developer Intern, Clearpath Health — Austin, TX

*May 2025 – Aug 2025*

- Built 9 React screens in TypeScript for a patient portal used by 12k people a month.
- Wrote 150 Jest unit tests for the form components, raising coverage to 85%.
- Connected the screens to REST APIs and styled them with CSS modules.

## Projects

### Recipe Finder

- Next.js app with a GraphQL API that serves 2k recipes; designed the screens in Figma.

## Skills

- JavaScript, TypeScript, React, CSS, Jest, Next.js, GraphQL
`,
  ),
  embedded: resume(
    'Chen Wei',
    `## Experience

### Embedded Systems Intern, Northgate Robotics — Pittsburgh, PA

*May 2025 – Aug 2025*

- Wrote C firmware for an ARM Cortex-M4 motor controller on FreeRTOS, driving 4 motors at 20 kHz.
- Added SPI and I2C drivers for 3 sensors and a UART console for field debugging.
- Automated board bring-up tests in Python, cutting test time from 45 to 8 minutes.

## Skills

- C, C++, Python, FreeRTOS, Linux, Git
`,
  ),
};

describe('match score ranks the right resume first', () => {
  for (const [postingName, posting] of Object.entries(POSTINGS)) {
    it(`the ${postingName} resume scores highest on the ${postingName} posting`, () => {
      const job = parseJobPosting(posting);
      const scores = Object.fromEntries(
        Object.entries(RESUMES).map(([name, md]) => [name, matchResume(parseResume(md), job).report.score]),
      );
      const best = Object.entries(scores).sort((a, b) => b[1] - a[1])[0][0];
      assert.equal(best, postingName, JSON.stringify(scores));
      for (const [name, s] of Object.entries(scores)) {
        if (name !== postingName) assert.ok(scores[postingName] - s >= 20, `clear margin: ${JSON.stringify(scores)}`);
      }
    });
  }
});
