import { genericObject } from '../../../src/core/rules/generic-object';
import { testRule } from '../../helpers/rule-tester';

testRule(genericObject, {
  valid: [
    // Kinds of artifacts and named things are specific objects.
    'Created dashboards using Tableau for executive reporting.',
    'Built REST APIs with Flask for the inventory system.',
    'Developed web applications with a search service.',
    'Developed features for the Stripe billing dashboard.',
    'Fixed bugs in the onboarding flow of the iOS app.',
    'Maintained critical DoD software written in Java and Ada.',
    'Redesigned the UI to make it responsive, while also resolving bugs.',
    'Collaborated with design to build the checkout redesign.',
    'Contributed to .NET Core development by creating APIs.',
    // A generic head made specific by what completes it.
    'Enhanced system performance through connection pooling and query caching.',
    'Improved performance of the React dashboard by memoizing selectors.',
    'Developed and enhanced workflows for financial billing products.',
    'Enhanced legacy systems with foreign currency support.',
    // "various" on a side phrase is not the object.
    'Built grant-tracking databases for various organizations.',
    'Automated the flow of client updates across multiple modules using PHP.',
    // A measured result makes the contribution concrete.
    'Resolved software, hardware and network issues, improving turnaround by 30%.',
    'Configured and secured internal systems, reducing incidents by 30%.',
    // One generic aside in a long bullet does not make it vague.
    'Wrote installation guides for the lab printers, streamlined onboarding, increased efficiency in support, and set up asset tracking in Snipe-IT.',
    // Names that contain placeholder words.
    'Built an Internet of Things gateway for greenhouse sensors.',
    'Wrote Kubernetes best practices for the platform team.',
    'Built data-driven pricing reports for two regional directors.',
  ],
  invalid: [
    { code: 'Developed new features and resolved bugs for desktop and mobile platforms.', underlines: ['new features', 'bugs'], message: 'generic' },
    { code: 'Implemented various features using React and Firebase.', underlines: ['various features'] },
    { code: 'Performed multiple tasks related to data cleaning.', underlines: ['multiple tasks'] },
    { code: 'Delivered innovative solutions to complex business problems.', underlines: ['innovative solutions'] },
    { code: 'Design and implement architecture', underlines: ['architecture'] },
    { code: 'Conducted platform maintenance', underlines: ['platform maintenance'] },
    { code: 'Conducted data analysis and prepared manuscripts', underlines: ['data analysis'] },
    { code: 'Reduced technical debt through refactoring, improving maintainability.', underlines: ['technical debt'] },
    { code: 'Enhanced system performance and reduced network downtime through proactive monitoring.', underlines: ['system performance', 'network downtime'] },
    { code: 'Provided a high level of customer support, network administration, and technical troubleshooting.', underlines: ['a high level of customer support, network administration, and technical troubleshooting'] },
    { code: 'Collaborated with IT and media teams to ensure smooth daily operations.', underlines: ['smooth daily operations'] },
    { code: 'Consulting for the internal search engine/ provide new functions to clients', underlines: ['new functions'] },
    { code: 'Schedule participants and ran multiple studies in a variety of laboratories.', underlines: ['multiple studies'] },
    { code: 'Made improvements to existing processes and tools.', underlines: ['improvements'] },
    // Open endings and placeholders, wherever they stand.
    { code: 'Automated business processes, process instances, jobs, and more via Zeebe.', underlines: ['and more'], message: 'did not name' },
    { code: 'Tracked health, game contribution, and so on for each player in Rails.', underlines: ['and so on'] },
    { code: 'Used Excel, Word, PowerPoint, etc. to prepare board packs.', underlines: ['etc.'] },
    { code: 'Built a Kafka consumer and other stuff for the ingestion team.', underlines: ['stuff'] },
    { code: 'Coached QA engineers in best practices.', underlines: ['best practices'] },
    { code: 'Created developer tools for the ML team to enhance productivity and best practices.', underlines: ['best practices'] },
  ],
});
