// Closed word classes of English and the everyday verbs resumes use, enough to find a bullet's verbs
// and where its object ends without a statistical tagger (see README.md in this folder for why).

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

export const DETERMINERS = set(`
  a an the this that these those its their our my his her your each every all both either neither
  any some no such another other own
`);

export const PRONOUNS = set(`i we me us you he she they them it myself ourselves himself herself themselves`);

export const AUXILIARIES = set(`was were am is are be been being have has had do did does will would can could should`);

/** Prepositions (and prepositional adverbs) that end a noun phrase. "of" is kept apart: it continues one. */
export const PREPOSITIONS = set(`
  about above across after against along alongside amid among amongst around as at before behind below
  beneath beside besides between beyond by despite during except for from in inside into like near
  off on onto out outside over past per since than through throughout thru to toward towards under
  underneath unlike until upon via with within without across versus vs amongst including following
  regarding concerning
`);

export const CONJUNCTIONS = set(`and or but nor plus & yet`);

/** Words that open a subordinate or relative clause. */
export const SUBORDINATORS = set(`
  that which who whom whose where when while whereas because although though if unless so whether
  after before once until since
`);

/** Particles of phrasal verbs: "set up", "roll out", "spin up", "take over". */
export const PARTICLES = set(`up out down off over back`);

/** Adverbs that may stand before the opening verb ("Independently built…", "Also led…"). */
export const OPENING_ADVERBS = set(`also then later initially subsequently jointly together personally independently single-handedly solely`);

/**
 * Everyday verbs that are not "strong" but are verbs all the same: they start clauses. Base form;
 * inflections are derived.
 */
export const OTHER_VERBS = set(`
  use utilize leverage apply employ perform conduct do make get take give keep hold put bring carry
  provide offer ensure support help assist aid work participate handle gain learn attend observe shadow
  contribute join serve act become remain stay follow receive obtain complete finish start begin continue
  collaborate cooperate communicate interact engage connect meet discuss share exchange respond answer
  reply reach contact call email visit travel move change update modify adjust adapt tailor customize
  add remove delete include involve cover address tackle manage facilitate enable allow let ensure
  focus concentrate specialize volunteer intern assist aid backfill cover substitute welcome greet
  answer field take schedule book arrange consult maintain keep check review monitor oversee observe
  assess show display exhibit demonstrate foster cultivate nurture encourage promote drive deliver
  realize accomplish achieve attain fulfil fulfill satisfy meet exceed grow develop hone sharpen
  improve strengthen expand broaden deepen acquire build earn establish form set stand spin roll
  back shut wind tie sign print type enter input key scan copy paste open close run turn cut
  transition rotate train coordinate rank place finish compete present lecture proctor grade prepare
  collect gather compile organize sort label clean wash cook serve bartend wait host
  dispense vaccinate immunize immunise inject triage
`);

/** Nouns ending in -ing that are not gerunds of a clause ("pricing", "onboarding" stay nouns in a phrase). */
export const ING_NOUNS = set(`
  building engineering marketing pricing onboarding offboarding training testing hosting caching logging
  routing scheduling accounting banking housing landing packaging shipping staffing tooling clustering
  computing processing programming networking modeling modelling rendering streaming messaging billing
  planning mapping trading funding recruiting consulting learning reporting monitoring tracking
  scripting writing reading meeting morning evening wedding lightning spring string thing something
  anything everything nothing ceiling clothing bedding catering painting printing plumbing listing
  setting settings findings earnings savings holdings surroundings beginning opening
`);
