import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allSkills, broaderSkills, createSkillMatcher, findSkills, lookupSkill } from '../../src/core/skills';
import type { SkillMention } from '../../src/core/skills';
import { DEVICON } from '../../src/core/skills/data/devicon';

const names = (text: string, opts?: Parameters<typeof findSkills>[1]) => findSkills(text, opts).map((m) => m.canonical);
const at = (text: string, m: SkillMention) => text.slice(m.start, m.end);

describe('skills taxonomy', () => {
  it('holds at least 500 canonical hard skills and a set of soft skills, without duplicate names', () => {
    const skills = allSkills();
    const hard = skills.filter((s) => s.kind === 'hard');
    const soft = skills.filter((s) => s.kind === 'soft');
    assert.ok(hard.length >= 500, `only ${hard.length} hard skills`);
    assert.ok(soft.length >= 30, `only ${soft.length} soft skills`);
    const lower = skills.map((s) => s.name.toLowerCase());
    assert.equal(new Set(lower).size, lower.length);
  });

  it('finds every skill by each of its own aliases (no alias is shadowed by another skill)', () => {
    const problems: string[] = [];
    for (const skill of allSkills()) {
      for (const alias of skill.aliases) {
        if (alias.text.includes('*')) continue;
        const found = findSkills(alias.text, { techContext: true, includeElided: false });
        const whole = found.find((m) => m.start === 0 && m.end === alias.text.length);
        if (!whole || whole.canonical !== skill.name) {
          problems.push(`${alias.text} → ${whole?.canonical ?? found.map((m) => m.canonical).join('+') ?? 'nothing'} (expected ${skill.name})`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });

  it('normalises common aliases to canonical names', () => {
    const cases: [string, string][] = [
      ['k8s', 'Kubernetes'],
      ['Postgres', 'PostgreSQL'],
      ['JS', 'JavaScript'],
      ['golang', 'Go'],
      ['nodejs', 'Node.js'],
      ['node.js', 'Node.js'],
      ['sklearn', 'scikit-learn'],
      ['GCP', 'Google Cloud'],
      ['OOP', 'object-oriented programming'],
      ['CICD', 'CI/CD'],
    ];
    for (const [alias, canonical] of cases) assert.equal(lookupSkill(alias)?.name, canonical, alias);
  });
});

describe('findSkills', () => {
  it('keeps C++, C#, .NET, ASP.NET and Node.js whole, with exact offsets', () => {
    const text = 'Built services in C++ and C# on .NET, ASP.NET and Node.js.';
    const found = findSkills(text);
    assert.deepEqual(
      found.map((m) => [m.canonical, at(text, m)]),
      [
        ['C++', 'C++'],
        ['C#', 'C#'],
        ['.NET', '.NET'],
        ['ASP.NET', 'ASP.NET'],
        ['Node.js', 'Node.js'],
      ],
    );
    for (const m of found) assert.equal(m.text, at(text, m));
  });

  it('reads "Go", "R", "Swift" and "Rust" as languages only in a technical context', () => {
    assert.deepEqual(names('Experience with Python, Go, Rust, or R.'), ['Python', 'Go', 'Rust', 'R']);
    assert.deepEqual(names('Go to market with our partners.'), []);
    assert.deepEqual(names('We go beyond expectations and rust never sleeps.'), []);
    assert.deepEqual(names('Planned the R&D budget for the C-suite.'), []);
    assert.deepEqual(names('Swift delivery of orders is our promise.'), []);
    assert.deepEqual(names('Built the iOS app in Swift and SwiftUI.'), ['iOS', 'Swift', 'SwiftUI']);
    assert.deepEqual(names('Go, Rust', { techContext: true }), ['Go', 'Rust']);
  });

  it('tells Spring Boot from Spring and from the season', () => {
    assert.deepEqual(names('REST APIs with Spring Boot'), ['REST APIs', 'Spring Boot']);
    assert.deepEqual(names('Spring 2024 internship in Toronto'), []);
  });

  it('matches on word boundaries and never inside hyphenated compounds', () => {
    assert.deepEqual(names('A data-driven, go-to-market plan for C-level readers'), []);
    assert.deepEqual(names('A Kubernetes-based platform'), ['Kubernetes']);
    assert.deepEqual(names('Rustic gophers and cheerleaders'), []);
    assert.deepEqual(names('SQLite, not SQL Server'), ['SQLite', 'Microsoft SQL Server']);
  });

  it('folds word forms: designing / designed, architectures, debugged', () => {
    assert.deepEqual(names('Designed a distributed system'), ['distributed systems']);
    assert.deepEqual(names('Debugged flaky tests'), ['debugging']);
    assert.deepEqual(names('Knowledge of system architectures and networking'), ['system architecture', 'networking']);
    // ...but not where a form is a different word.
    assert.deepEqual(names('Grew my professional network'), []);
  });

  it('does not read capitalised English words as products without context', () => {
    assert.deepEqual(names('React quickly to customer feedback.'), []);
    assert.deepEqual(names('Excel under pressure.'), ['working under pressure']);
    assert.deepEqual(names('Thrive in a fast-paced team environment.'), []); // the workplace, not a behaviour
    assert.deepEqual(names('Built dashboards in Excel and Tableau.'), ['dashboards', 'Excel', 'Tableau']);
  });

  it('expands coordination: "continuous delivery and deployment", "unit and integration testing"', () => {
    const text = 'Follow a continuous delivery and deployment model with unit and integration testing.';
    const found = findSkills(text);
    const deployment = found.find((m) => m.canonical === 'continuous deployment');
    assert.ok(deployment?.elided);
    assert.equal(at(text, deployment!), 'deployment');
    const unit = found.find((m) => m.canonical === 'unit testing');
    assert.equal(at(text, unit!), 'unit');
    assert.deepEqual(
      names(text, { includeElided: false }),
      ['continuous delivery', 'integration testing'],
    );
  });

  it('reports whether the written form is exact or a folded word form', () => {
    const [exact] = findSkills('Kubernetes');
    const [folded] = findSkills('Designing microservice');
    assert.equal(exact.exact, true);
    assert.equal(folded.canonical, 'microservices');
    assert.equal(findSkills('Javascript')[0].exact, true); // same letters, different case: still the alias
    // The alias in its own spelling lets a spelling check suggest "GitHub" for "Github".
    assert.equal(findSkills('Github Actions and Github')[1].alias, 'GitHub');
    assert.equal(findSkills('Github Actions')[0].alias, 'GitHub Actions');
  });

  it('finds soft skills in their verb and adjective forms', () => {
    assert.deepEqual(names('Collaborated with designers; detail-oriented communicator.', { kinds: ['soft'] }), [
      'collaboration',
      'attention to detail',
      'communication',
    ]);
    assert.deepEqual(names('Collaborated with designers', { kinds: ['hard'] }), []);
  });

  it('lets configuration add skills in the same notation', () => {
    const matcher = createSkillMatcher([{ kind: 'hard', category: 'tool', entries: ['Acme Build|acmebuild|?Forge'] }]);
    assert.deepEqual(matcher.find('Shipped with acmebuild').map((m) => m.canonical), ['Acme Build']);
    assert.deepEqual(matcher.find('Forge ahead').map((m) => m.canonical), []);
  });

  it('builds the trie lazily by first letters, yet a fresh matcher finds the same as the shared one', () => {
    // Each text starts in a different bucket; the backward coordination ("unit and integration
    // testing") enters the trie at a token no match had opened before.
    const texts = [
      'Shipped ASP.NET and .NET services; unit and integration testing with C# and C++.',
      'Front-end and back-end development on k8s; Kafka, Postgres, node.js.',
      'A-Star search, O’Reilly books, Security+ certified, Go and Rust programming.',
    ];
    for (const text of texts) {
      const fresh = createSkillMatcher().find(text);
      assert.deepEqual(fresh, findSkills(text), text);
      assert.ok(fresh.length >= 3, text);
    }
    // A lookup before any text was read still knows every alias.
    assert.equal(createSkillMatcher().lookup('k8s')?.name, 'Kubernetes');
  });

  it('knows umbrella skills: PostgreSQL shows databases and SQL; Jenkins shows CI/CD', () => {
    assert.ok(broaderSkills('PostgreSQL').includes('databases'));
    assert.ok(broaderSkills('PostgreSQL').includes('SQL'));
    assert.ok(broaderSkills('Jenkins').includes('CI/CD'));
    assert.deepEqual(broaderSkills('teamwork'), []);
  });

  // Speed is measured in `npm run bench` (ratios against a baseline), not timed here: on a loaded
  // machine a wall-clock assertion fails for reasons that have nothing to do with the code.
  it('finds every mention on a long page', () => {
    const line = 'Built a Kafka consumer in Java and Go on Kubernetes with PostgreSQL, Redis and CI/CD on AWS. ';
    assert.equal(findSkills(line.repeat(200)).length, 200 * 8);
  });
});

describe('skills generated from Stack Overflow tags', () => {
  const names = (text: string) => findSkills(text, { techContext: true }).map((m) => m.canonical);

  it('knows long-tail technology names the hand-written taxonomy lacks', () => {
    assert.ok(names('Shipped logs with Filebeat').includes('Filebeat'));
    assert.equal(lookupSkill('filebeat')?.name, 'Filebeat');
  });

  it('leaves out English topic words and does not fold tag names into word forms', () => {
    assert.ok(!names('Camera and lens work in Python').some((n) => /^camera$/i.test(n)));
    // "webpacker" is a tag; "webpacking" is no form of it.
    assert.ok(!names('webpacking').includes('Webpacker'));
  });

  it('a hand-written skill followed by English words stays that skill', () => {
    assert.ok(names('Android wireless networking').includes('Android'));
  });

  it('the generated data file records its source, license and the script that makes it', () => {
    const head = readFileSync(join(__dirname, '../../src/core/skills/data/stack-overflow.ts'), 'utf8').slice(0, 1500);
    assert.match(head, /GENERATED by scripts\/build-so-skills\.ts/);
    assert.match(head, /Source: Stack Overflow tag names/);
    assert.match(head, /License: .*CC BY-SA 4\.0/);
    assert.ok(existsSync(join(__dirname, '../../scripts/build-so-skills.ts')));
  });
});

describe('taxonomy: names from devicon (generated)', () => {
  const names = (text: string) => findSkills(text, { techContext: true }).map((m) => m.canonical);
  const deviconNames = new Set(DEVICON.entries.map((e) => e.split('|')[0]));

  it('knows products newer than the 2021 tag export', () => {
    assert.ok(names('Stored analytics tables in DuckDB and state in Zustand').includes('DuckDB'));
    assert.ok(names('Stored analytics tables in DuckDB and state in Zustand').includes('Zustand'));
    assert.equal(lookupSkill('tauri')?.name, 'Tauri');
  });

  it('reads no skill from English words, companies or sites that devicon lists as icons', () => {
    for (const text of [
      'The harbor team keeps a ghost of the old sanity checks.',
      'Post updates on Facebook and Behance, then wire up Slack.',
      'Our karma points reward the turbo release train.',
      'Relocate to the Google office near the JetBrains booth.',
      'A raspberry pie recipe from the bakery',
      'Jules from recruiting will schedule your call.',
    ]) {
      const fromDevicon = findSkills(text, { techContext: true }).filter((m) => deviconNames.has(m.canonical));
      assert.deepEqual(fromDevicon.map((m) => m.canonical), [], text);
    }
  });

  it('reads a name that is also a person, place, company or word only in a technical context', () => {
    for (const text of [
      'Managed by Jule Hansen in Oslo',
      'Worked with Jeet on the quarterly report',
      'Source Ceylon and Assam teas from growers.',
      'Office in Babylon, NY; hybrid schedule.',
      'Das Fahrzeug ist in gutem Zustand.',
      'Barista training with Kaldi Coffee',
      'You will partner with Talos analysts',
      'Spent a year in Ceylon after school',
      'Weekend flights from ORY to Lisbon',
    ]) {
      const fromDevicon = findSkills(text).filter((m) => deviconNames.has(m.canonical));
      assert.deepEqual(fromDevicon.map((m) => m.canonical), [], text);
    }
    const tech = (text: string) => findSkills(text).map((m) => m.canonical);
    assert.ok(tech('State management with Zustand and React').includes('Zustand'));
    assert.ok(tech('Built actor systems in Scala with Akka and Kafka').includes('Akka'));
    // Any case: the generated capitalisation is a guess ("Qtest"), the product writes "qTest".
    assert.ok(tech('Test management in qTest and Jira').includes('Qtest'));
  });

  it('has no entry that can never match its product (Vert.x, 3ds Max)', () => {
    assert.ok(!deviconNames.has('Vertx') && !deviconNames.has('Threedsmax'));
  });

  it('the generated data file records its source, commit, license and the script that makes it', () => {
    const head = readFileSync(join(__dirname, '../../src/core/skills/data/devicon.ts'), 'utf8').slice(0, 1500);
    assert.match(head, /GENERATED by scripts\/build-devicon-skills\.ts/);
    assert.match(head, /Source: devicon's icon list, .*commit [0-9a-f]{40}/);
    assert.match(head, /License: MIT/);
    assert.ok(existsSync(join(__dirname, '../../scripts/build-devicon-skills.ts')));
  });
});

describe('an ambiguous name as the object of "with" or "using"', () => {
  // "with"/"using" alone is no sign of a tool (a with/using rule was tried and removed, review 9): a
  // name like "Go", "Spark" or "Swift" still needs a technical word or skill in its clause.
  const plain = (text: string) => findSkills(text).map((m) => m.canonical);
  const AMBIGUOUS = /^(Apache Spark|Go|Swift|Julia|Ruby|Rust|Dart|R|C)$/;

  it('reads the name when the clause is technical', () => {
    assert.ok(plain('Services are built using Go and gRPC').includes('Go'));
    assert.ok(plain('Experience building iOS apps using Swift').includes('Swift'));
  });

  it('does not read people, partners, places or games after "with"/"using" as the tool', () => {
    for (const text of [
      'Check in with Go and no-go decisions each week',
      'Work with Spark, a youth foundation, on the summer fair',
      'Collaborate with Rust, Ohio city officials',
      'Coordinate shipping with Swift, our logistics vendor',
      'Partner with Ruby on the events calendar',
      'Interns pair with Ruby, our office manager',
      'The evening starts with Go, then chess',
      'Co-lead the workshop with Julia from finance',
      'A pub evening with Dart and pool',
      'Grant writing with R. Patel',
      'Interview with C. Jones next week',
      'Partnered with Julia on the onboarding guide',
    ]) {
      assert.deepEqual(plain(text).filter((n) => AMBIGUOUS.test(n)), [], text);
    }
  });
});
