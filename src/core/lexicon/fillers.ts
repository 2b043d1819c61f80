// Words that add length but no meaning; deleting them loses nothing.
export const FILLERS: string[] = ['successfully', 'very', 'really'];
