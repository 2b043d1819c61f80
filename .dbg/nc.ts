import { nounClassOf, nounClassesOf } from '../src/core/nlp/noun-class';
for (const w of process.argv.slice(2)) console.log(w, nounClassOf(w), JSON.stringify(nounClassesOf(w)));
