import { analysisOf } from '../src/core/nlp';
import { DEFAULT_LEXICON } from '../src/core/lexicon';
const lex = DEFAULT_LEXICON;
for (const t of process.argv.slice(2)) { const a = analysisOf({ text: t } as any, lex); console.log(JSON.stringify(a.clauses.map((c: any) => ({ verb: c.verb?.base, verbs: c.verbs, objs: c.objects.map((o: any) => a.tokens.slice(o.start, o.end).map((x: any) => x.text).join(' ')) })))); }
