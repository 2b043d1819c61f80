// Words around numbers: what makes "40" a measurement and what makes "Python 3" a name.

/** Written cardinal numbers ("a team of four", "two services"). "one" is handled apart: it is mostly a pronoun. */
export const NUMBER_WORDS: string[] = [
  'zero', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty',
  'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety',
];

/** The small written numbers with their values ("five" → 5), "one" included: for comparing texts, not for reading a metric. */
export const SMALL_NUMBER_VALUES: ReadonlyMap<string, number> = new Map(
  ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].map((w, i) => [w, i]),
);

/** Magnitudes: a number on their own only with "a"/"one" before them ("a million rows"). */
export const MAGNITUDE_WORDS: string[] = ['hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen'];

/** Verbs and adverbs that state a multiplier of a result in words. */
export const MULTIPLIER_WORDS: string[] = [
  'doubled', 'double', 'doubles', 'doubling', 'tripled', 'triple', 'triples', 'tripling', 'quadrupled',
  'quadruple', 'halved', 'halve', 'halves', 'halving', 'twofold', 'threefold', 'fourfold', 'fivefold',
  'tenfold', 'hundredfold',
];

/** Quantifiers that hide the number: "several thousand users" states no quantity. */
export const VAGUE_NUMBER_LEADS: string[] = [
  'several', 'few', 'many', 'some', 'numerous', 'countless', 'multiple', 'various', 'hundreds', 'thousands',
  'millions', 'billions', 'dozens', 'tens', 'scores',
];

/** Unit suffixes written against a number: 40ms, 2TB, 12k, 3x, 60fps. Lower case; matched case-insensitively. */
export const GLUED_UNITS: string[] = [
  '%', 'x', '×', 'k', 'm', 'mm', 'b', 'bn', 'mn', 't', 'tn', 'ms', 's', 'sec', 'secs', 'min', 'mins', 'h', 'hr',
  'hrs', 'hour', 'hours', 'wk', 'wks', 'yr', 'yrs', 'mo', 'mos', 'kb', 'mb', 'gb', 'tb', 'pb', 'kib', 'mib',
  'gib', 'tib', 'kbps', 'mbps', 'gbps', 'rps', 'qps', 'tps', 'fps', 'hz', 'khz', 'mhz', 'ghz', 'kw', 'mw',
  'kwh', 'mwh', 'km', 'mi', 'kg', 'lbs', 'lb', 'usd', 'eur', 'gbp', 'cad', 'pp', 'bps', 'ppm', 'loc', 'kloc',
  'us', 'µs', 'ns', 'nm', 'cm', 'mg', 'ml', 'mph', 'kph', 'sqft', 'ft', 'pts',
  // Physical units of hardware and lab work: a tolerance, a rating or a reading is a measured result
  // ("±3°", "5V", "500mA", "-90dBm", "180°C").
  '°', '°c', '°f', 'v', 'mv', 'kv', 'ma', 'mah', 'w', 'db', 'dbm', 'ω', 'kω', 'mω', 'µm', 'um',
];

/** Number-glued names that look like a number plus a unit. */
export const NUMBER_NAMES: string[] = ['401k', '403b', '4k', '8k', '5g', '4g', '3g', '24/7', '1:1', '360'];

/**
 * The word after "N-" that makes the compound a name or a shape, not a quantity: "12-factor app",
 * "3-tier architecture", "64-bit", "two-factor authentication", "one-on-one".
 */
export const STRUCTURAL_COMPOUNDS: string[] = [
  'factor', 'tier', 'tiered', 'layer', 'layered', 'bit', 'way', 'gram', 'grams', 'd', 'dimensional', 'axis',
  'core', 'pass', 'phase', 'step', 'level', 'point', 'class', 'wheel', 'speed', 'digit', 'letter',
  'on', 'to', 'of', 'in', 'and', 'k', 'shot', 'hop', 'leg', 'legged', 'sided', 'color', 'colour',
  'channel', 'ply', 'star', 'stop', 'fold', 'off', 'up', 'time', 'liner', 'word', 'player', 'round',
  'sigma', 'vector', 'gram', 'ary', 'tuple', 'byte', 'character', 'bytes', 'grid', 'body', 'track',
  // a property of a named standard or version: "RFC 9112-compliant", "Python 3-based"
  'compliant', 'compatible', 'certified', 'based', 'style', 'like', 'powered', 'ready', 'friendly', 'native',
  'enabled', 'specific', 'series', 'class',
];

/** Words that, after a number, make it a measurement even in a name-like context ("NPS 12 points"). */
export const MEASURE_WORDS: string[] = [
  'percent', 'percentage', 'pct', 'points', 'pts', 'basis', 'hours', 'hour', 'minutes', 'minute', 'seconds',
  'second', 'milliseconds', 'ms', 'days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year', 'dollars',
  'euros', 'pounds', 'million', 'thousand', 'billion', 'hundred', 'times', 'fold', 'x',
];

/** Words before a number that make it part of a name, model or code: "version 2", "grade 6", "tier 1". */
export const NAME_LEADS: string[] = [
  'version', 'ver', 'v', 'release', 'level', 'grade', 'phase', 'tier', 'gen', 'generation', 'series', 'season',
  'chapter', 'part', 'no', 'number', 'room', 'suite', 'floor', 'unit', 'route', 'highway', 'interstate', 'gate',
  'building', 'section', 'article', 'title', 'act', 'form', 'model', 'rev', 'revision', 'sprint', 'week',
  'day', 'year', 'module', 'lab', 'lesson', 'episode', 'volume', 'vol', 'issue', 'ticket', 'case', 'page',
  'step', 'stage', 'track', 'block', 'period', 'wave', 'cohort', 'batch', 'class', 'team', 'squad', 'group',
  'bus', 'line', 'district', 'ward', 'region', 'zone', 'sector', 'api', 'sdk', 'python', 'java', 'ios',
  'android', 'windows', 'node', 'angular', 'vue', 'php', 'rails', 'django', 'net', '.net',
];

/** Words before a number that introduce a quantity, even when capitalised ("Over 100 users", "Top 5"). */
export const QUANTITY_LEADS: string[] = [
  'over', 'under', 'about', 'around', 'nearly', 'almost', 'approximately', 'approx', 'roughly', 'top',
  'up', 'more', 'less', 'fewer', 'than', 'by', 'to', 'from', 'with', 'of', 'in', 'for', 'on', 'and', 'or',
  'only', 'just', 'the', 'a', 'an', 'each', 'every', 'per', 'all', 'at', 'within', 'across', 'some', 'some',
  'exceeding', 'above', 'below', 'beyond', 'ranked', 'placed', 'finished', 'achieved', 'reached', 'saved',
  'cut', 'grew', 'increased', 'reduced', 'decreased', 'managed', 'led', 'hired', 'trained', 'mentored',
  'supervised', 'served', 'raised', 'generated', 'processed', 'handled', 'shipped', 'sold', 'won', 'earned',
  'scored', 'averaged', 'maintained', 'delivered', 'onboarded', 'recruited', 'taught', 'tutored',
];

/** After an ordinal ("1st", "second"), these make it a rank: "1st place", "second prize", "3rd of 40". */
export const RANK_FOLLOWERS: string[] = ['place', 'prize', 'position', 'runner-up', 'runner', 'of', 'out', 'overall', 'percentile', 'rank', 'ranked'];

/** After a year-like number, these still mean the year: "2023 hackathon", "2019 season". */
export const YEAR_FOLLOWERS: string[] = [
  'edition', 'season', 'cohort', 'class', 'batch', 'intake', 'summer', 'winter', 'fall', 'spring', 'autumn',
  'semester', 'term', 'election', 'census', 'budget', 'report', 'survey', 'release', 'version', 'conference',
  'hackathon', 'olympiad', 'competition', 'challenge', 'cup', 'championship', 'annual', 'fiscal', 'roadmap',
  'campaign', 'launch', 'internship', 'program', 'programme', 'graduating', 'graduate', 'audit', 'plan',
];

/**
 * ISO 4217 codes, written in capitals, of currencies resumes quote amounts in: "USD 40,000", "80k EUR".
 * Codes that are also technology names (PHP, TRY) are left out: "PHP 8" is a version.
 */
export const CURRENCY_CODES: string[] = [
  'USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'INR', 'JPY', 'CNY', 'RMB', 'CHF', 'SEK', 'NOK', 'DKK', 'SGD', 'HKD',
  'MXN', 'BRL', 'ZAR', 'KRW', 'RUB', 'PLN', 'AED', 'SAR', 'ILS', 'THB', 'IDR', 'MYR', 'VND', 'NGN', 'KES', 'EGP',
  'PKR', 'BDT', 'LKR', 'CZK', 'HUF', 'UAH', 'TWD', 'CLP', 'ARS',
];

/**
 * Currency signs written in letters where the amounts are quoted locally: the rupiah (Rp), the rupee
 * (Rs), the ringgit (RM), the Kenyan shilling (KSh), the taka (Tk), the złoty, the koruna, the forint.
 */
export const CURRENCY_LETTER_SIGNS: string[] = ['Rp', 'Rs', 'RM', 'KSh', 'Ksh', 'Tk', 'zł', 'Kč', 'Ft'];

/** Currency symbols, before or after an amount. */
export const CURRENCY_SYMBOLS = '$€£¥₹₩₽₺₪₫₦₱₴₿¢฿';
