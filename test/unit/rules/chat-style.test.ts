import { chatStyle } from '../../../src/core/rules/chat-style';
import { testRule } from '../../helpers/rule-tester';

testRule(chatStyle, {
  valid: [
    'Shipped the onboarding flow, raising sign-up conversion by 12%.',
    'Built an OMS ↔ WMS sync for 2,000 orders a day.', // an arrow is text, not an emoji
    'Met the 10:30 deadline for 4 releases in a row.',
    'Wrote the FYI-free incident template used by 30 engineers.', // a word that merely contains a chat abbreviation
    { doc: true, code: '# Ana Silva\n\n- 💼 [LinkedIn](https://www.linkedin.com/in/ana)\n\n## Experience\n\n### Engineer, Acme — 2023 – 2024\n\n- Built a billing service in Go.\n' },
    // One exclamation mark, and an emoji in the summary's heading, are not chat style.
    { doc: true, code: '# Ana Silva\n\n## 👋 Summary\n\nNurse turned developer, ready to ship!\n' },
    'Raised the NPS from 31 to 52 in one quarter!',
    'Cut I/O wait by 40% on the N/A-heavy import path w/2 caches.', // I/O, N/A and "w/2" are not the shorthand
    // Icons in a contact line and before a heading are decoration, wherever they are.
    { doc: true, code: '# Ana Silva\n\n📍 Leeds · ✉️ ana@mail.example · 📞 +44 113 496 0000\n\n## 🛠️ Skills\n\n- Go, SQL\n' },
    // A short label with an icon is not a line of prose.
    { doc: true, code: '# Ana Silva\n\n## Projects\n\n**🎮 Tile Quest**\n\n- Built a puzzle game in Rust for 3 platforms.\n' },
    'Cooled the server room with 2 new units; kept uptime at 99.9%.', // "cool" as a verb is not slang
    // An icon leading a list of skills is decoration.
    { doc: true, code: '# Ana Silva\n\n## Stack\n\n🐍 Python, Django, Flask, FastAPI, Celery, Redis\n' },
  ],
  invalid: [
    {
      // A greeting and a letter's formula in the summary.
      doc: true,
      code: '# Ana Lima\n\n## Summary\n\nHello! I am a data analyst.\nPlease find attached my portfolio of 6 dashboards.\n',
      underlines: ['Hello!', 'Please find attached'],
    },
    { code: 'Paired w/ the design team on 12 onboarding screens.', underlines: ['w/'], message: 'chat abbreviation' },
    // A hobbies line is read like the summary.
    { doc: true, code: '# Ana Silva\n\n## Hobbies\n\nClimbing and film photography, btw.\n', underlines: ['btw'] },
    { code: 'Closed 40 tickets in one week!!', underlines: ['!!'], message: 'doubled punctuation' },
    // The summary and objective are read too.
    { doc: true, code: '# Ana Silva\n\n## Objective\n\nCurious student looking for an internship to grow!! Quick learner, tbh.\n', underlines: ['!!'], message: '1 more' },
    { code: '🚀 Shipped the onboarding flow, conversion up 12%.', underlines: ['🚀'], message: 'emoji' },
    { code: 'Shipped the onboarding flow, conversion up 12% :)', underlines: [':)'] },
    { code: 'Fixed 40 flaky tests btw, lol.', underlines: ['btw'], message: '1 more' },
    // The rest of the page: a project title, an unheaded summary under the name, a callout.
    { doc: true, code: '# Ana Silva\n\n## Projects\n\n**Weather bot lol**\n\n- Built a Slack bot in Python for 40 users.\n', underlines: ['lol'] },
    { doc: true, code: '# Ana Silva\n\nana@mail.example\n\nBackend developer who loves clean APIs!!\n\n## Skills\n\n- Go\n', underlines: ['!!'] },
    { doc: true, code: '# Ana Silva\n\n> [!note] About\n> Analyst who turns raw sales data into weekly decisions 📈 for 3 regions.\n\n## Skills\n\n- SQL\n', underlines: ['📈'] },
    { doc: true, code: '# Ana Silva\n\n## Volunteering\n\nTaught kids to code on Saturdays, which was super fun.\n', underlines: ['super fun'], message: 'slang phrase' },
  ],
});
