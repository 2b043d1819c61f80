// Posting reading found on blind posting sets 59 and 60 (invented postings, written before the tool ran).
import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';

const keywords = (text: string, name = 'posting.txt') => parseJobPosting(text, { name }).keywords.filter((k) => k.kind === 'hard');
const found = (text: string) => keywords(text).map((k) => k.keyword);
const meta = (lines: string[], name = 'posting.txt') => parseJobPosting(lines.join('\n'), { name });
const importance = (text: string, keyword: string) => keywords(text).find((k) => k.keyword === keyword)?.importance;

describe('job postings (stop 59)', () => {
  it("keeps the team's own tool when a 'but' lets others count too, and drops it from a plain aside", () => {
    const counts = ['Requirements', '- Reporting — we use Looker, but Tableau or Qlik counts too', '- SQL'].join('\n');
    assert.ok(['Looker', 'Tableau'].every((k) => found(counts).includes(k)), found(counts).join(', '));
    const aside = ['Requirements', '- Solid SQL — we use Snowflake and you will write the models yourself', '- Python'].join('\n');
    assert.ok(!found(aside).includes('Snowflake'), found(aside).join(', '));
    assert.ok(found(aside).includes('SQL'));
  });

  it("reads 'Who we're hoping to hear from' and 'The person we're looking for' as the requirements", () => {
    for (const heading of ["Who we're hoping to hear from", "The person we're looking for", 'People we would like to meet']) {
      const text = ['Summer Analyst', '', 'What you would do', '- Build reports', '', heading, 'You write Python every week and know your way around Git.'].join('\n');
      assert.equal(importance(text, 'Python'), 'required', heading);
    }
  });

  it("skips a site's badge counts before the title, and reads the save button's label when the header is lost", () => {
    const top = ['Skip to main content', 'Jobsite', 'Search', 'Home', 'My Network', 'Jobs', 'Messaging', '1', '1 new notification', 'Notifications', 'Me', 'For Business', 'Try Premium for $0', '', 'Acme logo', 'Acme', 'Share', 'Show more options', 'Software Engineer I – New Grad (Platform)', 'Denver, CO · 2 days ago'];
    assert.equal(meta(top).title, 'Software Engineer I – New Grad (Platform)');
  });

  it('reads an employer printed twice just above the title under a long navigation bar', () => {
    const page = ['jobsite', 'Home', 'Jobs', 'Messages', 'Applied', 'Discover', 'Profile', 'Search', 'Settings', '', 'Brenlow', 'Brenlow', 'Crop insurance for small farms', '', 'Junior Data Analyst', 'Calgary • Hybrid', 'Apply'];
    assert.equal(meta(page).company, 'Brenlow');
  });

  it("drops a mail subject's forwarding marks from the title", () => {
    const mail = ['Mail\tJo Reyes <jo@mail.example>', 'Fwd: [eecs-list] FW: Summer 2027 FPGA Intern - Orlan Instruments (Boise, ID)', '1 message', '', 'Jo Reyes <jo@uni.example>\tSat, Dec 5, 2026 at 11:02 PM', 'To: jo@mail.example', '', 'for the tracker'];
    assert.equal(meta(mail).title, 'FPGA Intern');
  });

  it('finds the title under a rule of em dashes after a long forum header', () => {
    const chrome = Array.from({ length: 42 }, (_, k) => `Menu item ${k}`);
    const post = [...chrome, 'Hi all,', '', 'Sharing a posting from an alum.', '', '———', '', 'Research Software Intern (Summer 2027)', 'Corvale Labs · Boston, MA', '', 'Requirements', '- Python'];
    assert.equal(meta(post).title, 'Research Software Intern (Summer 2027)');
  });

  it("reads a thesis offer's heading as its title", () => {
    assert.equal(meta(['Corvale Motors', '', '# Master Thesis: Wear of gearbox bearings', '', '- Malmö'], 'posting.md').title, 'Master Thesis: Wear of gearbox bearings');
  });

  it("takes no board's automatic expiry (stamped to the second) for a deadline, but an employer's end of day", () => {
    const page = (validThrough: string) =>
      `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Data Intern","hiringOrganization":{"name":"Corvale"},"validThrough":"${validThrough}"}</script></head><body><h1>Data Intern</h1><p>Corvale</p><h2>Requirements</h2><ul><li>SQL</li></ul></body></html>`;
    assert.equal(parseJobPosting(page('2026-12-31T09:14:22.000Z'), { name: 'p.html' }).deadline, undefined);
    assert.ok(parseJobPosting(page('2027-01-10T23:59:00+01:00'), { name: 'p.html' }).deadline);
  });

  it("keeps the team's tool when the clause after a semicolon lets others count, and knows IT administration products", () => {
    const text = ['Requirements', '- Experience in a ticketing system (we use Zendesk; Freshdesk or Jira Service Management experience transfers)', '- Group Policy and Intune basics', '- Backups with Veeam, FortiGate firewalls'].join('\n');
    const names = found(text);
    for (const k of ['ticketing systems', 'Zendesk', 'Freshdesk', 'Jira Service Management', 'Group Policy', 'Microsoft Intune', 'Veeam', 'Fortinet FortiGate']) assert.ok(names.includes(k), `${k}: ${names.join(', ')}`);
    assert.ok(!names.includes('Jira'), 'Jira Service Management is its own product');
  });

  it("reads no skill in a board's list of eligible programmes, nor D3.js in a diploma level", () => {
    const text = ['Eligibility', 'Specializations', 'Electronics and Instrumentation Engineering', 'Computer Science and Engineering', '', 'Requirements', '- Minimum Diploma/D3 or S1 in Informatics', '- Python', '- Systems Engineering'].join('\n');
    const names = found(text);
    assert.deepEqual(names.filter((k) => k === 'telemetry' || k === 'D3.js'), [], names.join(', '));
    assert.ok(names.includes('Python') && names.includes('systems engineering'), names.join(', '));
    assert.ok(found(['Requirements', '- D3 or Chart.js for charts'].join('\n')).includes('D3.js'));
  });

  it('knows FPGA toolchains by their product names', () => {
    const names = found(['Requirements', '- Xilinx Vivado or Intel Quartus', '- Bonus: PCIe, static timing analysis'].join('\n'));
    for (const k of ['Vivado', 'Intel Quartus', 'PCI Express', 'static timing analysis']) assert.ok(names.includes(k), `${k}: ${names.join(', ')}`);
  });

  it("names the employer by its trading name when the text brackets the registered name after it", () => {
    const lines = ['Data Intern', 'Company: PT Sinar Arunika', '', 'About Arunika Pay (PT Sinar Arunika) builds payment apps.', '', 'Requirements', '- SQL'];
    assert.equal(meta(lines).company, 'Arunika Pay');
    assert.equal(meta(['Data Intern', 'Company: Corvale Ltd', '', 'Corvale Ltd builds boats.', '', 'Requirements', '- SQL']).company, 'Corvale');
  });
});
