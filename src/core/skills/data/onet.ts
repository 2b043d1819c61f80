// Placeholder: run scripts/build-onet-skills.ts to generate the O*NET groups (not yet tuned: the
// first draft gave 8,077 entries, 398 KB — too large to ship unmeasured).
import type { SkillGroup } from '../types';

export const ONET_GROUPS: readonly SkillGroup[] = [];
