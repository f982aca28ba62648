// The story documents that once froze a page, and the largest realistic one, generated on demand:
// the test server (web-test-runner.config.mjs) and `npm run bench` both serve them.

const cache = new Map();

/** 10,000 distinct, valid language tags: aa, ab, …, aaa, aab, … */
function languageTags(count) {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const tags = [];
  for (const length of [2, 3]) {
    const total = letters.length ** length;
    for (let n = 0; n < total && tags.length < count; n++) {
      let tag = '';
      for (let k = 0, m = n; k < length; k++, m = Math.floor(m / letters.length)) tag = letters[m % letters.length] + tag;
      tags.push(tag);
    }
  }
  return tags;
}

const WORDS = 'the city council opened a new neighbourhood centre where youth workers volunteers and police meet families from every district to talk about school work housing and safety'.split(' ');
const words = (n, seed) => Array.from({ length: n }, (_, i) => WORDS[(i * 7 + seed) % WORDS.length]).join(' ');

/**
 * The largest realistic story: 2,000 initiatives, each with a title, a summary and an outcome in
 * `languages` languages, dates, category, status, five partners and two sources; 200 sources.
 */
export function fullStory(languages = ['en', 'nl', 'fr'], summaryWords = 126) {
  const text = (n, seed) => Object.fromEntries(languages.map((lang, k) => [lang, `${words(n, seed + k)} (${lang})`]));
  const sources = Array.from({ length: 200 }, (_, i) => ({
    id: `report-${i}`,
    title: `Annual report ${2000 + (i % 25)}: ${words(6, i)}`,
    publisher: 'City council',
    url: `https://example.org/reports/${i}`,
    date: `${2000 + (i % 25)}-${String(1 + (i % 12)).padStart(2, '0')}`,
    lang: 'en',
  }));
  const initiatives = Array.from({ length: 2000 }, (_, i) => ({
    id: `initiative-${i}`,
    title: text(10, i),
    start: `${1990 + (i % 30)}-${String(1 + (i % 12)).padStart(2, '0')}`,
    end: i % 3 ? 'ongoing' : `${2021 + (i % 3)}`,
    category: ['housing', 'education', 'safety', 'youth', 'welfare'][i % 5],
    status: ['planned', 'ongoing', 'done'][i % 3],
    summary: text(summaryWords, i + 1),
    outcome: text(summaryWords >> 1, i + 2),
    partners: ['Police', 'Schools', 'Housing association', 'Youth work', 'Library'],
    sources: [`report-${i % 200}`, `report-${(i + 7) % 200}`],
  }));
  return { version: 1, lang: 'en', city: { name: 'Mechelen', country: 'BE' }, initiatives, sources };
}

const generators = {
  /** 1.0 MB: 50 initiatives, each with 9,999 partners that are numbers. */
  partners: () => ({ version: 1, initiatives: Array.from({ length: 50 }, (_, i) => ({ id: `i${i}`, title: 't', partners: Array(9999).fill(1) })) }),
  /** 3.9 MB: 50 initiatives, each citing 10,000 sources that do not exist. */
  'source-refs': () => ({
    version: 1,
    initiatives: Array.from({ length: 50 }, (_, i) => ({ id: `i${i}`, title: 't', sources: Array.from({ length: 10_000 }, (_, k) => `x${k}`) })),
  }),
  /** 11.8 MB: 12 titles, each in 10,000 valid languages. */
  languages: () => {
    const tags = languageTags(10_000);
    return {
      version: 1,
      initiatives: Array.from({ length: 12 }, (_, i) => ({ id: `i${i}`, title: Object.fromEntries(tags.map((tag) => [tag, `A title of some length for the timeline, in ${tag}, ${'x'.repeat(40)}`])) })),
    };
  },
  /** 40 MB, valid but for its size: 2,000 initiatives with titles of 20,000 characters. */
  'valid-40mb': () => ({ version: 1, initiatives: Array.from({ length: 2000 }, (_, i) => ({ id: `i${i}`, title: `${i} ${'t'.repeat(19_990)}` })) }),
  /** 80 MB: the same with each title in two languages. */
  'valid-80mb': () => ({
    version: 1,
    initiatives: Array.from({ length: 2000 }, (_, i) => ({ id: `i${i}`, title: { en: `${i} ${'t'.repeat(19_990)}`, nl: `${i} ${'t'.repeat(19_990)}` } })),
  }),
  /** The largest realistic story, 8.35 MB: just under the default cap of 8 MiB (8.39 MB). */
  full: () => fullStory(),
};

export const HOSTILE_NAMES = Object.keys(generators);

/** The document `name` as JSON (a Buffer), generated once. */
export function hostileJson(name) {
  if (!generators[name]) throw new Error(`no hostile document "${name}"`);
  if (!cache.has(name)) cache.set(name, Buffer.from(JSON.stringify(generators[name]())));
  return cache.get(name);
}
