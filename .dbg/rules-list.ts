import { RULES } from '../src/core/rules';
for (const r of RULES as any[]) console.log(`${r.id} — ${r.description ?? r.meta?.description ?? ''}`);
