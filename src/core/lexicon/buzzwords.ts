// Self-descriptions and clichés that claim a quality instead of showing an accomplishment.
export const BUZZWORDS: string[] = ['team player', 'hard-working', 'detail-oriented', 'passionate about', 'results-driven'];
