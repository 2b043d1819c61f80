// Words that add length but no meaning; deleting them loses nothing. Adverbs only: an adjective or a
// noun always carries part of the claim.
export const FILLERS: string[] = ['successfully', 'very', 'really', 'seamlessly', 'effectively', 'truly', 'extremely', 'quite'];
