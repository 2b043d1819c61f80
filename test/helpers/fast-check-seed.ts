// One seed for every fast-check property in a run, so CI is reproducible: a counterexample found
// once is found again. Set FC_SEED to another number (or "random") to explore further.
import fc from 'fast-check';

const raw = process.env.FC_SEED ?? '20261130';
if (raw !== 'random') fc.configureGlobal({ seed: Number(raw) });
