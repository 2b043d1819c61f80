// Past participles for the passive-voice rule. Regular ones end in -ed and need no list; irregular
// ones map to their base form so the message can suggest the active verb ("was written" → "Wrote").
export const IRREGULAR_PARTICIPLES: Record<string, string> = {
  built: 'build', rebuilt: 'rebuild', written: 'write', rewritten: 'rewrite', led: 'lead', misled: 'mislead',
  given: 'give', taken: 'take', undertaken: 'undertake', made: 'make', done: 'do', redone: 'redo', run: 'run',
  rerun: 'rerun', shown: 'show', known: 'know', seen: 'see', overseen: 'oversee', foreseen: 'foresee',
  driven: 'drive', grown: 'grow', chosen: 'choose', held: 'hold', kept: 'keep', sent: 'send', spent: 'spend',
  taught: 'teach', brought: 'bring', bought: 'buy', thought: 'think', sold: 'sell', told: 'tell', found: 'find',
  won: 'win', begun: 'begin', drawn: 'draw', broken: 'break', spoken: 'speak', stolen: 'steal', set: 'set',
  reset: 'reset', put: 'put', cut: 'cut', hit: 'hit', paid: 'pay', laid: 'lay', meant: 'mean', met: 'meet',
  understood: 'understand', forecast: 'forecast', broadcast: 'broadcast', fed: 'feed', hung: 'hang', lit: 'light',
  shot: 'shoot', split: 'split', spun: 'spin', struck: 'strike', thrown: 'throw', worn: 'wear', woven: 'weave',
  hidden: 'hide', lost: 'lose', withdrawn: 'withdraw', sought: 'seek', caught: 'catch', dealt: 'deal',
  underwritten: 'underwrite', overcome: 'overcome', flown: 'fly', ridden: 'ride',
  shaken: 'shake', forgotten: 'forget', gotten: 'get', proven: 'prove',
  upheld: 'uphold', withheld: 'withhold', bound: 'bind', wound: 'wind', swept: 'sweep', heard: 'hear',
};

/**
 * -ed words that after "is/was" describe a state, not an action done to something: "was involved in",
 * "is based in", "were excited to". Phrases such as "was responsible for"/"was tasked with" belong to
 * the weak-opening rule.
 */
export const ADJECTIVAL_PARTICIPLES: ReadonlySet<string> = new Set([
  'involved', 'tasked', 'based', 'located', 'interested', 'excited', 'qualified', 'experienced', 'skilled',
  'dedicated', 'committed', 'focused', 'motivated', 'concerned', 'pleased', 'satisfied', 'engaged',
  'associated', 'related', 'supposed', 'used', 'accustomed', 'exposed', 'certified', 'licensed', 'registered',
  'enrolled', 'employed', 'self-employed', 'married', 'aligned', 'specialized', 'specialised', 'versed',
  'well-versed', 'detail-oriented', 'organized', 'organised', 'talented', 'passionate', 'limited', 'advanced',
  'known', 'fluent', 'proficient', 'scheduled', 'expected', 'due', 'complicated', 'distributed',
]);

/**
 * Passives about the person's own recognition ("was promoted to Senior Engineer", "was selected as one
 * of 12 fellows"): nobody else did the work, so the passive hides nothing.
 */
export const RECOGNITION_PARTICIPLES: ReadonlySet<string> = new Set([
  'promoted', 'selected', 'awarded', 'chosen', 'invited', 'nominated', 'recognized', 'recognised', 'hired',
  'rehired', 'elected', 'accepted', 'admitted', 'granted', 'offered', 'named', 'featured', 'ranked',
  'shortlisted', 'funded', 'sponsored', 'published', 'cited', 'honored', 'honoured', 'appointed', 'given',
  'asked', 'entrusted', 'credited', 'commended', 'mentioned', 'interviewed', 'quoted', 'recruited',
  // Decisions others take on the work: the outcome it met, not work done behind a passive.
  'approved', 'adopted', 'endorsed',
]);
