// Verb forms for resume bullets: base ("Lead", present tense on a current role), past ("Led"), and
// gerund ("Leading"). Irregular verbs that resumes use are listed; the rest follow English spelling rules.

const IRREGULAR_PAST: Record<string, string> = {
  be: 'was', become: 'became', begin: 'began', bring: 'brought', build: 'built', buy: 'bought',
  catch: 'caught', choose: 'chose', come: 'came', cut: 'cut', deal: 'dealt', do: 'did', draw: 'drew',
  drive: 'drove', feed: 'fed', find: 'found', fly: 'flew', forecast: 'forecast', get: 'got', give: 'gave',
  go: 'went', grow: 'grew', have: 'had', hold: 'held', keep: 'kept', know: 'knew', lay: 'laid',
  lead: 'led', learn: 'learned', leave: 'left', lend: 'lent', let: 'let', make: 'made', mean: 'meant',
  meet: 'met', oversee: 'oversaw', overcome: 'overcame', pay: 'paid', put: 'put', read: 'read',
  rebuild: 'rebuilt', redo: 'redid', rewrite: 'rewrote', ride: 'rode', rise: 'rose', run: 'ran',
  say: 'said', see: 'saw', seek: 'sought', sell: 'sold', send: 'sent', set: 'set', shut: 'shut',
  sit: 'sat', speak: 'spoke', spend: 'spent', split: 'split', spin: 'spun', stand: 'stood',
  steal: 'stole', stick: 'stuck', strike: 'struck', take: 'took', teach: 'taught', tell: 'told',
  think: 'thought', throw: 'threw', understand: 'understood', undertake: 'undertook', upset: 'upset',
  win: 'won', withdraw: 'withdrew', write: 'wrote', handwrite: 'handwrote', 
  outsell: 'outsold', underwrite: 'underwrote', broadcast: 'broadcast',
  input: 'input', output: 'output', offset: 'offset', reset: 'reset', rerun: 'reran', outrun: 'outran',
  overrun: 'overran', forgo: 'forwent', foresee: 'foresaw', mislead: 'misled', speed: 'sped',
  light: 'lit', wind: 'wound', bind: 'bound', shoot: 'shot', swim: 'swam', sing: 'sang', sink: 'sank',
  fight: 'fought', hang: 'hung', hear: 'heard', hide: 'hid', hit: 'hit', hurt: 'hurt', lose: 'lost',
  quit: 'quit', shake: 'shook', show: 'showed', sweep: 'swept', wake: 'woke', wear: 'wore', weave: 'wove',
};

const IRREGULAR_BASE: Record<string, string> = Object.fromEntries(
  Object.entries(IRREGULAR_PAST).map(([base, past]) => [past, base]),
);


/** Multi-syllable verbs stressed on the last syllable, which double their final consonant. */
const STRESS_FINAL = new Set(['commit', 'submit', 'admit', 'permit', 'omit', 'transmit', 'emit', 'control', 'patrol',
  'compel', 'propel', 'expel', 'refer', 'confer', 'transfer', 'defer', 'infer', 'occur', 'recur', 'incur', 'equip', 'begin',
  'unplug', 'rerun', 'outrun', 'kidnap', 'handicap', 'overlap', 'remap', 'unzip', 'reship']);

/** Doubles the final consonant: ship → shipped, plan → planned, commit → committed (not open → opened). */
function doublesFinal(base: string): boolean {
  if (!/[^aeiou][aeiou][bcdfgklmnprstvz]$/.test(base)) return false;
  if (STRESS_FINAL.has(base)) return true;
  return (base.match(/[aeiouy]+/g)?.length ?? 0) === 1;
}

export function pastTense(base: string): string {
  const lower = base.toLowerCase();
  const parts = lower.split('-');
  const head = parts.pop()!;
  const prefix = parts.length ? parts.join('-') + '-' : '';
  const irregular = IRREGULAR_PAST[head];
  let past: string;
  if (irregular) past = irregular;
  else if (head.endsWith('e')) past = head + 'd';
  else if (/[^aeiou]y$/.test(head)) past = head.slice(0, -1) + 'ied';
  else if (doublesFinal(head)) past = head + head.slice(-1) + 'ed';
  else past = head + 'ed';
  return matchCase(base, prefix + past);
}

export function gerund(base: string): string {
  const lower = base.toLowerCase();
  let g: string;
  if (/ie$/.test(lower)) g = lower.slice(0, -2) + 'ying';
  else if (/[^e]e$/.test(lower) && lower !== 'be') g = lower.slice(0, -1) + 'ing';
  else if (doublesFinal(lower)) g = lower + lower.slice(-1) + 'ing';
  else g = lower + 'ing';
  return matchCase(base, g);
}

/** Third person singular ("Leads"), which some resumes use for a current role. */
export function thirdPerson(base: string): string {
  const lower = base.toLowerCase();
  let s: string;
  if (/(?:s|sh|ch|x|z|o)$/.test(lower)) s = lower + 'es';
  else if (/[^aeiou]y$/.test(lower)) s = lower.slice(0, -1) + 'ies';
  else s = lower + 's';
  return matchCase(base, s);
}

export type VerbForm = 'base' | 'past' | 'third' | 'gerund';

/**
 * Candidate base forms of a word that may be an inflected verb, most likely first.
 * "built" → ["build"], "designed" → ["design", "designe"], "leads" → ["lead"].
 */
export function lemmaCandidates(word: string): { base: string; form: VerbForm }[] {
  const w = word.toLowerCase();
  const out: { base: string; form: VerbForm }[] = [{ base: w, form: 'base' }];
  if (IRREGULAR_BASE[w]) out.unshift({ base: IRREGULAR_BASE[w], form: 'past' });
  if (w.endsWith('ied')) out.push({ base: w.slice(0, -3) + 'y', form: 'past' });
  if (w.endsWith('ed')) {
    out.push({ base: w.slice(0, -2), form: 'past' }, { base: w.slice(0, -1), form: 'past' });
    if (/(.)\1ed$/.test(w)) out.push({ base: w.slice(0, -3), form: 'past' });
  }
  if (w.endsWith('ing')) {
    out.push({ base: w.slice(0, -3), form: 'gerund' }, { base: w.slice(0, -3) + 'e', form: 'gerund' });
    if (/(.)\1ing$/.test(w)) out.push({ base: w.slice(0, -4), form: 'gerund' });
    if (w.endsWith('ying')) out.push({ base: w.slice(0, -4) + 'ie', form: 'gerund' });
  }
  if (w.endsWith('ies')) out.push({ base: w.slice(0, -3) + 'y', form: 'third' });
  if (w.endsWith('es')) out.push({ base: w.slice(0, -2), form: 'third' });
  if (w.endsWith('s') && !w.endsWith('ss')) out.push({ base: w.slice(0, -1), form: 'third' });
  return out;
}

/** Inflects `base` to the form of `model` ("Built" + "design" → "Designed"), keeping capitalisation. */
export function inflectLike(base: string, form: VerbForm): string {
  switch (form) {
    case 'past':
      return pastTense(base);
    case 'gerund':
      return gerund(base);
    case 'third':
      return thirdPerson(base);
    default:
      return base;
  }
}

export function capitalize(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/** `word` in the case of `model`: all capitals ("WORD"), capitalised ("Word") or as given. */
export function matchCase(model: string, word: string): string {
  if (model === model.toUpperCase() && model.length > 1) return word.toUpperCase();
  if (model[0] === model[0]?.toUpperCase()) return capitalize(word);
  return word;
}

