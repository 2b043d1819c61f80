// Strong action verbs, base form. Present ("Lead", "Build") and past ("Led", "Built") are both strong:
// a current role is written in the present, so every form derived from these counts (see text/inflect).
// Grouped by what the verb claims, so suggestions can be drawn from the right group.

/** Making something that did not exist. */
export const CREATE_VERBS = [
  'architect', 'author', 'build', 'code', 'compose', 'conceive', 'construct', 'craft', 'create', 'design',
  'develop', 'devise', 'draft', 'engineer', 'establish', 'fabricate', 'formulate', 'found', 'generate',
  'implement', 'initiate', 'introduce', 'invent', 'launch', 'model', 'originate', 'pilot', 'program',
  'prototype', 'produce', 'publish', 'release', 'ship', 'write', 'deploy', 'deliver', 
  'integrate', 'assemble', 'program', 'script', 'film', 'illustrate', 'paint', 'photograph',
];

/** Leading people and owning outcomes. */
export const LEAD_VERBS = [
  'lead', 'head', 'direct', 'own', 'manage', 'oversee', 'supervise', 'chair', 'captain', 'coordinate',
  'orchestrate', 'run', 'spearhead', 'steer', 'champion', 'drive', 'govern', 'administer', 'delegate',
  'mobilize', 'organize', 'recruit', 'hire', 'onboard', 'mentor', 'coach', 'train', 'teach', 'tutor',
  'educate', 'guide', 'advise', 'counsel', 'instruct', 'lecture', 'moderate', 'host', 'convene', 'facilitate',
  'unite', 'rally', 'inspire', 'empower', 'enable', 'represent', 'sponsor', 'found', 'co-found', 'co-lead',
];

/** Making something better, faster, cheaper. */
export const IMPROVE_VERBS = [
  'accelerate', 'boost', 'consolidate', 'cut', 'decrease', 'double', 'eliminate', 'expand', 'extend',
  'grow', 'halve', 'improve', 'increase', 'lower', 'maximize', 'minimize', 'modernize', 'optimize',
  'overhaul', 'raise', 'rebuild', 'redesign', 'refactor', 'refine', 'reduce', 'reengineer', 're-engineer',
  'reorganize', 'restructure', 'revamp', 'rewrite', 'scale', 'shorten', 'simplify', 'slash', 'speed',
  'standardize', 'streamline', 'strengthen', 'tighten', 'transform', 'triple', 'quadruple', 'tune', 'upgrade',
  'migrate', 'automate', 'harden', 'stabilize', 'unify', 'upgrade', 'convert', 'port', 'replace', 'retire',
  'deprecate', 'decommission', 'trim', 'compress', 'parallelize', 'cache', 'index', 'shard', 'containerize',
  'virtualize', 'digitize', 'localize', 'internationalize', 'patch', 'fix', 'repair', 'restore', 'recover',
  'rescue', 'resolve', 'remediate', 'debug', 'diagnose', 'troubleshoot', 'prevent', 'secure', 'protect',
  'safeguard', 'enforce', 'encrypt', 'audit', 'validate', 'verify', 'test', 'benchmark', 'profile', 'instrument',
  'monitor', 'maintain', 'operate', 'enhance', 'revise', 'rework', 'renovate', 'revitalize', 'lift', 'outperform',
];

/** Finding things out and deciding. */
export const ANALYZE_VERBS = [
  'analyze', 'analyse', 'assess', 'calculate', 'chart', 'classify', 'compute', 'measure', 'discover', 'evaluate',
  'examine', 'experiment', 'explore', 'forecast', 'identify', 'investigate', 'map', 'mine', 'predict',
  'quantify', 'research', 'review', 'simulate', 'survey', 'study', 'synthesize', 'track', 'trace', 'uncover',
  'visualize', 'detect', 'estimate', 'inspect', 'interpret', 'label', 'annotate', 'sample', 'query', 'scrape',
  'parse', 'prioritize', 'plan', 'define', 'specify', 'scope', 'decide', 'determine', 'diagnose', 'survey',
];

/** Winning, selling and persuading. */
export const PERSUADE_VERBS = [
  'acquire', 'attract', 'award', 'close', 'convince', 'earn', 'gain', 'generate', 'land', 'market',
  'negotiate', 'persuade', 'pitch', 'present', 'promote', 'raise', 'sell', 'secure', 'win', 'capture',
  'advocate', 'campaign', 'fundraise', 'influence', 'lobby', 'partner', 'broker', 'source', 'procure',
  'purchase', 'bid', 'retain', 'renew', 'upsell', 'convert', 'expand', 'grow', 'reach', 'achieve', 'attain',
  'exceed', 'surpass', 'outpace', 'beat', 'earn', 'collect', 'save', 'recoup', 'budget',
];

/** Writing, speaking and sharing knowledge. */
export const COMMUNICATE_VERBS = [
  'author', 'blog', 'brief', 'document', 'edit', 'translate', 'write', 'present', 'demonstrate', 'demo',
  'explain', 'speak', 'report', 'summarize', 'publish', 'proofread', 'curate', 'broadcast', 'illustrate',
  'narrate', 'interview', 'survey', 'correspond', 'liaise', 'consult', 'negotiate', 'mediate', 'arbitrate',
  'collaborate', 'co-author', 'co-organize', 'partner', 'coordinate', 'communicate', 'pitch', 'promote',
];

/** Keeping work flowing: processes, money, logistics, care. */
export const OPERATE_VERBS = [
  'allocate', 'approve', 'arrange', 'catalog', 'catalogue', 'compile', 'configure', 'dispatch', 'distribute',
  'execute', 'expedite', 'fulfill', 'install', 'inventory', 'issue', 'process', 'provision',
  'purchase', 'reconcile', 'record', 'register', 'route', 'schedule', 'screen', 'ship', 'stock',
  'supply', 'transport', 'treat', 'administer', 'assess', 'balance', 'book', 'prepare',
  'rehabilitate', 'counsel', 'cook', 'bake', 'brew', 'clean', 'package', 'load',
  'drive', 'deliver', 'pack', 'replenish', 'order', 'invoice', 'bill', 'audit', 'certify', 'license',
  'inspect', 'prepare', 'organize', 'maintain', 'digitize', 'archive', 'restore',
];

/** Every strong verb, deduplicated. */
export const STRONG_VERBS: string[] = [
  ...new Set([...CREATE_VERBS, ...LEAD_VERBS, ...IMPROVE_VERBS, ...ANALYZE_VERBS, ...PERSUADE_VERBS, ...COMMUNICATE_VERBS, ...OPERATE_VERBS]),
];
