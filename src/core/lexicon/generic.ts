// Words that name no specific thing. A bullet whose main object is built only from these ("new
// features", "various tasks", "system performance", "business analysis") tells a reader nothing they
// can picture; one named thing ("checkout", "Kafka", "the billing service") is enough to fix that.

/**
 * Placeholder nouns: as the head of the main object they leave the contribution unsaid unless
 * something specific modifies or completes them. Kinds of artifacts ("APIs", "dashboards",
 * "websites", "scripts") are deliberately absent: they say what was made.
 */
export const GENERIC_NOUNS: string[] = [
  // work in general
  'task', 'tasks', 'duty', 'duties', 'responsibility', 'responsibilities', 'project', 'projects', 'work',
  'activity', 'activities', 'initiative', 'initiatives', 'assignment', 'assignments', 'deliverable',
  'deliverables', 'effort', 'efforts', 'job', 'jobs', 'study', 'studies', 'operation', 'operations',
  'things', 'thing', 'stuff', 'matters', 'aspects', 'areas', 'items', 'objectives', 'goals', 'needs',
  'requirements', 'requests', 'results', 'outcomes', 'opportunities', 'challenges', 'meetings', 'subtasks',
  'sub-tasks', 'costs', 'expenses', 'errors', 'events', 'metrics', 'deadlines', 'priorities', 'logistics',
  'paperwork', 'details', 'elements', 'tickets', 'inquiries', 'enquiries', 'questions', 'concerns',
  'complaints', 'knowledge', 'expertise', 'guidance', 'workload', 'workloads',
  // software in general
  'feature', 'features', 'functionality', 'functionalities', 'function', 'functions', 'capability',
  'capabilities', 'solution', 'solutions', 'software', 'code', 'bug', 'bugs', 'issue', 'issues', 'problem',
  'problems', 'fix', 'fixes', 'improvement', 'improvements', 'enhancement', 'enhancements', 'update',
  'updates', 'change', 'changes', 'modification', 'modifications', 'architecture', 'architectures',
  'system', 'systems', 'configuration', 'configurations', 'config', 'configs', 'technology', 'technologies',
  'debt', 'components', 'modules',
  // processes and qualities
  'process', 'processes', 'workflow', 'workflows', 'practice', 'practices', 'procedure', 'method', 'methods',
  'methodology', 'methodologies', 'approach', 'approaches', 'strategy', 'strategies', 'technique',
  'techniques', 'performance', 'efficiency', 'effectiveness', 'reliability', 'quality', 'productivity',
  'maintainability', 'scalability', 'stability', 'usability', 'consistency', 'accuracy', 'availability',
  'excellence', 'experience', 'experiences', 'environment', 'environments', 'standards', 'compliance',
  'growth', 'success', 'value', 'impact', 'insights', 'uptime', 'coverage', 'safety', 'security',
  // activities named as nouns
  'maintenance', 'support', 'analysis', 'analyses', 'research', 'testing', 'troubleshooting', 'monitoring',
  'coordination', 'administration', 'management', 'development', 'implementation', 'optimization',
  'optimizations', 'integration', 'integrations', 'consulting', 'consultancy', 'service', 'services',
  'assistance', 'reporting', 'planning', 'communication', 'collaboration', 'operations',
  'refactoring', 'debugging', 'deployment', 'deployments', 'automation', 'data', 'dataset', 'datasets', 'information', 'trends', 'patterns', 'insights',
];

/** Quantifiers that stand where a number should be ("various tasks", "multiple projects"). */
export const VAGUE_QUANTIFIERS: string[] = [
  'various', 'multiple', 'several', 'many', 'numerous', 'different', 'diverse', 'assorted', 'miscellaneous',
  'countless', 'myriad', 'a variety of', 'a number of', 'a range of', 'a wide range of', 'a wide variety of',
  'a host of', 'a lot of', 'lots of', 'a bunch of', 'a few', 'a couple of', 'a series of', 'an array of',
  'a plethora of', 'a multitude of', 'plenty of', 'all kinds of', 'all sorts of', 'dozens of', 'hundreds of',
  'variety of', 'some',
];

/**
 * Quantifiers that say "of several kinds" without naming one ("various tasks", "assorted duties",
 * "different things"): before a generic noun they stand where the kinds should be named.
 */
export const VARIETY_QUANTIFIERS: ReadonlySet<string> = new Set(['various', 'miscellaneous', 'assorted', 'different', 'diverse', 'sundry', 'varied', 'misc']);

/**
 * Modifiers that do not make a generic noun specific: "new features", "key projects", "system
 * performance", "technical production issues", "end-to-end solutions".
 */
export const GENERIC_MODIFIERS: string[] = [
  'new', 'existing', 'current', 'future', 'ad-hoc', 'adhoc', 'cross-team', 'company-wide', 'organization-wide',
  'department-wide', 'team-wide', 'administrative', 'clerical', 'basic', 'hands-on', 'real-world', 'end-user',
  'smaller', 'larger', 'bigger', 'successful', 'attentive', 'prompt', 'courteous', 'friendly', 'professional',
  'accurate', 'thorough', 'diligent', 'exceptional', 'outstanding', 'superior', 'positive', 'careful',
  'personalized', 'personalised', 'tailored', 'excellent', 'modular', 'flexible', 'extensible', 'maintainable', 'reusable',
  'performant', 'stable', 'large', 'small', 'big', 'huge', 'massive', 'key', 'core', 'critical', 'crucial', 'essential', 'important', 'major',
  'minor', 'main', 'primary', 'overall', 'general', 'daily', 'day-to-day', 'weekly', 'ongoing', 'regular',
  'routine', 'internal', 'external', 'relevant', 'related', 'necessary', 'appropriate', 'proper', 'effective',
  'efficient', 'optimal', 'smooth', 'seamless', 'robust', 'scalable', 'reliable', 'innovative', 'creative',
  'comprehensive', 'high-quality', 'quality', 'high-level', 'high', 'low', 'level', 'end-to-end', 'full-stack',
  'full', 'complete', 'proactive', 'better', 'improved', 'enhanced', 'advanced', 'complex', 'simple',
  'popular', 'modern', 'legacy', 'production', 'technical', 'technological', 'business', 'company',
  'corporate', 'organizational', 'operational', 'strategic', 'system', 'software', 'application', 'app',
  'platform', 'project', 'team', 'product', 'customer', 'client', 'clients', 'user', 'data', 'code', 'network',
  'process', 'desktop', 'mobile', 'web', 'frontend', 'front-end', 'backend', 'back-end', 'cross-functional',
  'additional', 'further', 'other', 'extra', 'custom', 'dynamic', 'interactive', 'user-friendly', 'intuitive',
  'timely', 'consistent', 'significant', 'meaningful', 'valuable', 'impactful', 'actionable', 'high-impact',
  'best', 'good', 'great', 'excellent', 'strong', 'solid', 'engaging', 'continuous', 'daily',
  'it', 'ux', 'dx', 'qa', 'industry', 'standard', 'common', 'typical', 'specific', 'various',
  'multiple', 'several', 'many', 'numerous', 'different', 'diverse', 'miscellaneous', 'assorted', 'general',
  'architectural', 'functional', 'non-functional', 'improvement', 'maintenance', 'support', 'development',
  'performance', 'infrastructure', 'workflow', 'development', 'engineering', 'software', 'hardware',
  'testing', 'operations', 'service', 'services', 'feature', 'features', 'solution', 'task', 'work',
  'day', 'daily', 'technology', 'tech', 'information', 'program', 'programs', 'user-facing', 'client-facing',
  'customer-facing', 'mission-critical', 'large-scale', 'small-scale', 'enterprise', 'enterprise-level',
  'world-class', 'best-in-class', 'state-of-the-art', 'cutting-edge', 'next-generation', 'all', 'both',
  'necessary', 'needed', 'required', 'requested', 'assigned', 'given', 'related', 'associated', 'diverse',
  'wide', 'broad', 'general-purpose', 'overall', 'proper', 'efficient', 'effective', 'productive', 'secure',
  'safe', 'clean', 'organized', 'smooth', 'fast', 'faster', 'quick', 'quicker', 'higher', 'lower', 'greater',
  'increased', 'reduced', 'optimized', 'streamlined', 'automated', 'manual', 'technical', 'nontechnical',
  'non-technical', 'people', 'staff', 'employee', 'stakeholder', 'management', 'leadership', 'office',
  'research', 'academic', 'analysis', 'analytical', 'reporting', 'report', 'documentation', 'framework',
  'frameworks', 'agile', 'scrum', 'kanban', 'sprint', 'waterfall', 'lean',
];

/**
 * Kinds of artifacts: as the main object they say what was made ("Built internal tools"), but they
 * do not make a generic phrase specific ("improvements to existing processes and tools").
 */
export const ARTIFACT_KINDS: string[] = [
  'tool', 'tools', 'tooling', 'application', 'applications', 'app', 'apps', 'website', 'websites', 'site', 'sites',
  'page', 'pages', 'dashboard', 'dashboards', 'script', 'scripts', 'program', 'programs', 'product', 'products',
  'documentation', 'docs', 'document', 'documents', 'report', 'reports', 'template', 'templates', 'interface',
  'interfaces', 'database', 'databases', 'pipeline', 'pipelines', 'model', 'models', 'library', 'libraries',
  'resources', 'materials', 'content', 'presentations', 'spreadsheets', 'files', 'records', 'platform', 'platforms',
];

/** Generic people and organisations: "for clients", "across teams" specify nothing. */
export const GENERIC_PARTIES: string[] = [
  'client', 'clients', 'customer', 'customers', 'user', 'users', 'stakeholder', 'stakeholders', 'team', 'teams',
  'teammate', 'teammates', 'colleague', 'colleagues', 'company', 'companies', 'organization', 'organizations',
  'organisation', 'organisations', 'business', 'businesses', 'department', 'departments', 'partner', 'partners',
  'industry', 'industries', 'people', 'staff', 'employees', 'members', 'management', 'leadership', 'others',
  'group', 'groups', 'platform', 'platforms', 'member', 'person', 'individuals', 'everyone', 'peers', 'manager',
  'managers', 'engineers', 'developers', 'interns', 'coworkers', 'co-workers', 'end-users', 'end', 'vendors', 'vendor', 'firm', 'firms', 'unit', 'units',
];

/** Endings that stand for "more of the same": "…, and more", "etc." */
export const OPEN_ENDINGS: string[] = [
  'etc', 'etc.', 'et cetera', 'and more', 'and much more', 'and so on', 'and so forth', 'and the like',
  'and others', 'among others', 'and other things', 'and such', 'or something', 'and stuff', 'and things',
];

/** Vague words that are generic wherever they stand. */
export const PLACEHOLDER_WORDS: string[] = ['stuff', 'things', 'whatever', 'something', 'somehow'];

/** Placeholders unless something specific names their subject: "best practices" but not "OWASP best practices". */
export const PLACEHOLDER_PHRASES: string[] = ['best practices', 'industry standards', 'latest technologies', 'new technologies', 'cutting-edge technologies'];
