// Strong action verbs, base form. Present ("Lead", "Build") and past ("Led", "Built") are both strong.
export const STRONG_VERBS: string[] = ['build', 'lead', 'design', 'implement', 'ship', 'own', 'win', 'run', 'secure'];
