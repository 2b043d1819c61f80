// Self-descriptions and clichés that claim a quality instead of showing an accomplishment.
// Matched as whole words ("driven" never inside "data-driven", "leader" never inside "cheerleader").

export const BUZZWORDS: string[] = [
  // character claims
  'team player', 'hard-working', 'hardworking', 'hard worker', 'detail-oriented', 'detail oriented',
  'attention to detail', 'results-driven', 'results driven', 'results-oriented', 'results oriented',
  'goal-oriented', 'goal oriented', 'team-oriented', 'people-oriented', 'customer-focused', 'self-starter',
  'self starter', 'self-motivated', 'highly motivated', 'motivated individual', 'motivated professional',
  'dedicated professional', 'dynamic professional', 'seasoned professional', 'passionate about',
  'passion for', 'passionate', 'go-getter', 'go getter', 'fast learner', 'quick learner', 'eager to learn',
  'lifelong learner', 'strong work ethic', 'work ethic', 'people person', 'can-do attitude',
  'positive attitude', 'self-directed', 'proactive approach', 'out-of-the-box', 'outside the box',
  'think outside the box', 'thinking outside the box', 'go above and beyond', 'went above and beyond',
  'going above and beyond', 'above and beyond', 'wear many hats', 'wore many hats', 'fast-paced environment', 'fast paced environment', 'dynamic environment',
  'multi-tasker', 'multitasker', 'excellent multitasker',
  // track-record claims
  'proven track record', 'track record of', 'proven leadership', 'proven ability', 'proven experience',
  'demonstrated ability', 'demonstrated success', 'strong background in', 'extensive experience',
  'extensive knowledge', 'wealth of experience', 'years of experience', "years' experience",
  'years experience', 'in-depth knowledge', 'deep understanding', 'solid understanding',
  'strong understanding', 'top performer', 'guru', 'rockstar', 'rock star',
  // management-speak
  'synergy', 'synergies', 'synergize', 'synergistic', 'thought leader', 'thought leadership', 'visionary',
  'best-of-breed', 'value-add', 'value add', 'move the needle', 'moved the needle', 'game changer',
  'game-changer', 'paradigm shift', 'drive innovation', 'drove innovation', 'driving innovation',
  'drives innovation', 'foster innovation', 'fostered innovation', 'fostering innovation',
  'culture of innovation', 'vision and strategy', 'strategic vision', 'strategic thinker',
  'strategic thinking', 'big-picture thinker', 'big picture thinker', 'problem solver',
  'problem-solver', 'critical thinker', 'creative thinker', 'innovative thinker',
  'excellent communicator', 'effective communicator', 'strong communicator',
  'excellent communication skills', 'strong communication skills', 'effective communication skills',
  'excellent interpersonal skills', 'strong interpersonal skills', 'interpersonal skills',
  'excellent written and verbal', 'strong written and verbal', 'written and verbal communication',
  'excellent organizational skills', 'strong organizational skills', 'strong analytical skills',
  'excellent analytical skills', 'strong leadership skills', 'excellent leadership skills',
  'strong problem-solving skills', 'excellent problem-solving skills', 'strong technical skills',
  'stay up to date', 'stayed up to date', 'staying up to date',
  'stay up-to-date', 'stayed up-to-date', 'staying up-to-date', 'keep up with the latest',
  'kept up with the latest', 'keeping up with the latest', 'stay current with', 'stayed current with',
  'staying current with', 'stay abreast', 'stayed abreast', 'staying abreast', 'stay updated',
  'stayed updated', 'staying updated', 'latest trends',
];

/** Verbs that build a mood instead of a thing ("Fostered a collaborative environment"). Base forms. */
export const CLIMATE_VERBS: string[] = [
  'foster', 'cultivate', 'promote', 'create', 'build', 'maintain', 'encourage', 'nurture', 'establish',
  'champion', 'instill', 'instil', 'drive', 'support', 'facilitate', 'ensure', 'develop', 'strengthen',
];

/** What those verbs build when the bullet is about mood: "environment", "culture", "rapport". */
export const CLIMATE_NOUNS: string[] = [
  'environment', 'culture', 'atmosphere', 'spirit', 'rapport', 'morale', 'camaraderie', 'relationships',
  'relationship', 'teamwork', 'collaboration', 'trust', 'mindset', 'sense', 'synergy', 'cohesion',
  'engagement', 'inclusion', 'inclusivity', 'belonging', 'harmony', 'goodwill',
];

/** Adjectives of mood that may stand between them: "a positive, inclusive team culture". */
export const CLIMATE_ADJECTIVES: string[] = [
  'collaborative', 'inclusive', 'positive', 'supportive', 'cooperative', 'cohesive', 'open', 'productive',
  'healthy', 'welcoming', 'diverse', 'respectful', 'friendly', 'fun', 'engaging', 'innovative', 'creative',
  'high-performing', 'trusting', 'transparent', 'strong', 'great', 'good', 'team', 'work', 'working',
  'learning', 'team-oriented', 'collegial', 'harmonious', 'motivating', 'motivated', 'safe', 'caring',
  'lasting', 'long-lasting', 'long-term', 'effective', 'excellent', 'professional', 'close', 'solid',
  'trusted', 'mutual', 'sense', 'of', 'quality', 'continuous', 'improvement', 'customer', 'client',
  'stakeholder', 'cross-functional', 'interdepartmental', 'and', ',',
];

/** Soft skills: a bullet whose object is only these describes the person, not the work. */
export const SOFT_SKILLS: string[] = [
  'teamwork', 'communication', 'collaboration', 'leadership', 'problem-solving', 'problem solving',
  'time management', 'time-management', 'adaptability', 'flexibility', 'creativity', 'initiative',
  'professionalism', 'work ethic', 'interpersonal', 'organizational', 'organisational', 'multitasking',
  'multi-tasking', 'critical thinking', 'customer service', 'people', 'presentation', 'public speaking',
  'negotiation', 'analytical', 'listening', 'empathy', 'patience', 'reliability', 'dependability',
  'punctuality', 'resilience', 'attention', 'detail', 'decision-making', 'decision making', 'conflict resolution',
];

/** Verbs that display a trait: "Demonstrated strong leadership", "Developed teamwork skills". Base forms. */
export const TRAIT_VERBS: string[] = [
  'demonstrate', 'show', 'exhibit', 'display', 'possess', 'bring', 'develop', 'hone', 'strengthen',
  'improve', 'build', 'gain', 'enhance', 'sharpen', 'acquire', 'refine', 'cultivate', 'grow', 'learn',
];

/**
 * Adjectives of character a writer gives themself ("Proactive, dynamic and responsible engineer").
 * One alone may describe work ("responsible for", "dynamic pricing"); two or more in a row describe the
 * writer (nlp/self-description.ts).
 */
export const TRAIT_ADJECTIVES: string[] = [
  'proactive', 'dynamic', 'responsible', 'passionate', 'hardworking', 'hard-working', 'dedicated', 'motivated',
  'enthusiastic', 'driven', 'reliable', 'diligent', 'energetic', 'ambitious', 'creative', 'innovative', 'versatile',
  'adaptable', 'meticulous', 'detail-oriented', 'results-oriented', 'results-driven', 'goal-oriented', 'self-motivated',
  'committed', 'eager', 'honest', 'punctual', 'friendly', 'outgoing', 'organized', 'organised', 'flexible',
  'dependable', 'curious', 'confident', 'disciplined', 'resourceful', 'tenacious', 'sincere', 'loyal', 'positive',
  'people-person', 'team-oriented', 'customer-focused', 'quick-learning', 'fast-learning',
];
