// Nouns that name no specific thing when they are the main object, and quantifiers that hide a number.
export const GENERIC_NOUNS: string[] = ['features', 'tasks', 'projects', 'solutions', 'things', 'stuff'];
export const VAGUE_QUANTIFIERS: string[] = ['various', 'multiple', 'several', 'many', 'numerous', 'different'];
