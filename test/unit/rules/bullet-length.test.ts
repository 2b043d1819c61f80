import { bulletLength } from '../../../src/core/rules/bullet-length';
import { testRule } from '../../helpers/rule-tester';

const LONG =
  'Worked on the migration of our legacy monolithic billing application, which had been running on on-premise servers for more than ten years, to a set of containerized microservices on AWS, coordinating with the finance, security and platform teams throughout.';

testRule(bulletLength, {
  valid: [
    'Migrated a 10-year-old billing monolith to 6 containerized services on AWS.',
    'Stack: React, Go, PostgreSQL', // a label line, not a narrative bullet
    '[Live demo](https://example.com/demo)', // a bare link
    { doc: true, code: '## Skills\n\n- Python, SQL\n' }, // short, but not a narrative section
    { doc: true, code: '## Education\n\n- Dean’s List\n' },
    // A long skills item written as a list of things held, not as prose: long by nature.
    {
      doc: true,
      code: '## Skills\n\n- **Go** · concurrency patterns with channels and worker pools · gRPC services with protobuf schemas · profiling with pprof and flame graphs · table-driven tests and fuzzing · static analysis with staticcheck and golangci-lint in CI pipelines\n',
    },
    // A short skills or awards item is its normal form ("too short" is for work bullets only).
    { doc: true, code: '## Awards\n\n- Won the hackathon\n' },
    { code: 'Won 1st place at Hack the North', config: { rules: { 'bullet-length': { minWords: 3 } } } },
    // Raw LaTeX in a Markdown resume takes no room on the page: measured as printed (about 20 words).
    '\\textbf{Peer reviewer for \\href{https://example.org/reviews/very/long/path/to/a/profile/page/that/goes/on}{three ecology journals}}\\\\[-0.1cm]{\\footnotesize For \\textit{Journal of Invented Studies}, \\textit{Made-up Ecology Letters} and \\textit{Imaginary Oikos}, since 2019}',
  ],
  invalid: [
    { code: LONG, underlines: [LONG], message: '39 words' },
    // A heading that mentions "overview" over bullets keeps its kind: the long bullet is still long.
    { doc: true, code: `## Experience Overview\n\n**Acme** — Engineer | 2020 – 2022\n\n- ${LONG}\n`, underlines: [LONG] },
    // An award or skill described in paragraphs of prose is as hard to skim as a long work bullet.
    {
      doc: true,
      code: '## Awards\n\n- The Regional Makers Prize is given each year to students who have built a working device for their community, and it comes with a mentor from a local company who follows the project for a full year.\n',
      message: 'keep what it says about you',
    },
    {
      doc: true,
      code: '## Technical Skills\n\n- **Rust** - command-line tools and small services. Most of my side projects are written in it. I moved a log parser from Python to Rust last year, kept the same interface for its users and wrote the release notes for the change myself.\n',
      message: 'words',
    },
    { code: 'Wrote unit tests.', underlines: ['Wrote unit tests.'], message: 'only 3 words' },
    // A duty phrase claims work too, and says as little (session 20).
    { code: 'Responsible for the roster.', underlines: ['Responsible for the roster.'], message: 'only 4 words' },
    {
      code: 'Built a Kafka consumer in Java that processes 2M order events per day for the fraud team.',
      config: { rules: { 'bullet-length': { maxWords: 12 } } },
      message: '17 words (more than 12)',
    },
    {
      code: 'Reduced p95 latency of the payments API from 420 ms to 180 ms by adding a Redis read-through cache in front of PostgreSQL, then cut cold-start time of the Lambda-based image workers by 70% with provisioned concurrency and smaller bundles.',
      config: { rules: { 'bullet-length': { maxWords: 50 } } },
      message: 'characters',
    },
  ],
});
