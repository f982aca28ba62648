// Property tests with fast-check, run once (in Chromium): generated valid documents render in all
// three elements; mutated documents (wrong types, huge and deep values, prototype keys, bad dates and
// URLs, random Unicode) get an error with the path of each problem. Never an uncaught exception,
// never an element left loading. 1,000 cases in `npm test`; `npm run fuzz` runs 20,000.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../city-profile/civic-city-profile.js';
import '../timeline/civic-timeline.js';
import '../quote/civic-quote.js';
import { FACT_APPROXIMATIONS, FACT_KINDS, FACT_UNITS, INITIATIVE_STATUSES, validate } from './index.js';

type Json = Record<string, unknown>;
type StoryTag = 'civic-city-profile' | 'civic-timeline' | 'civic-quote';
const TAGS: StoryTag[] = ['civic-city-profile', 'civic-timeline', 'civic-quote'];

/** Cases in all, set by the fuzz group of the test runner: 1,000 in `npm test`, 20,000 in `npm run fuzz`. */
const RUNS = Number((window as unknown as { CIVIC_FUZZ_RUNS?: number }).CIVIC_FUZZ_RUNS) || 0;
const VALID_RUNS = Math.round(RUNS * 0.4);
const MUTATED_RUNS = RUNS - VALID_RUNS;

// Valid documents --------------------------------------------------------------------------------

const languageTag = fc.constantFrom('en', 'nl', 'sv', 'fr', 'de', 'ar', 'pt-BR', 'sr-Latn', 'zh-Hant-TW');
const plainText = fc.string({ minLength: 1, maxLength: 60, unit: 'grapheme' });
const text = fc.oneof(plainText, fc.dictionary(languageTag, plainText, { minKeys: 1, maxKeys: 4 }));
const pad = (n: number): string => String(n).padStart(2, '0');
const dateParts = fc.record({ year: fc.integer({ min: 1000, max: 9990 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }), precision: fc.constantFrom('year', 'month', 'day') });
const isoDate = (d: { year: number; month: number; day: number; precision: string }): string =>
  d.precision === 'year' ? `${d.year}` : d.precision === 'month' ? `${d.year}-${pad(d.month)}` : `${d.year}-${pad(d.month)}-${pad(d.day)}`;
const date = dateParts.map(isoDate);
const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,15}$/);
const category = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,15}$/);
const link = fc.oneof(fc.webUrl(), fc.constantFrom('/a', 'b/c.html', '#x', '?q=1', '//cdn.example.org/x', 'https://www.example.org/a?b=c#d'));
const optional = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arbitrary, { nil: undefined });

/** Drops the keys whose value is undefined (JSON has no undefined). */
const compact = (object: Json): Json => Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));

const validDocument: fc.Arbitrary<Json> = fc.uniqueArray(fc.record({ id, title: plainText, publisher: optional(plainText), url: optional(link), date: optional(date), lang: optional(languageTag) }), { selector: (source) => source.id, maxLength: 5 })
  .chain((sources) => {
    const ids = sources.map((source) => source.id);
    const refs = ids.length ? optional(fc.subarray(ids, { minLength: 1 })) : fc.constant(undefined);
    const fact = fc.record({
      kind: optional(fc.constantFrom(...FACT_KINDS)),
      label: text,
      withLabel: fc.boolean(),
      value: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }), text),
      unit: optional(fc.constantFrom(...FACT_UNITS)),
      approx: optional(fc.constantFrom(...FACT_APPROXIMATIONS)),
      asOf: optional(date),
      sources: refs,
      note: optional(text),
    }).map(({ withLabel, label, ...rest }) => compact({ ...rest, label: withLabel || !rest.kind ? label : undefined }));
    const city = fc.record({
      name: text,
      country: optional(fc.constantFrom('BE', 'NL', 'SE', 'DE', 'FR', 'XK')),
      region: optional(text),
      summary: optional(text),
      leader: optional(fc.record({ name: plainText, role: optional(text), since: optional(date) }).map(compact)),
      image: optional(fc.record({ src: fc.constant('/test/fixtures/square.svg'), alt: text, credit: optional(plainText) }).map(compact)),
      facts: optional(fc.array(fact, { maxLength: 5 })),
      links: optional(fc.array(fc.record({ href: link, label: text }), { maxLength: 3 })),
    }).map(compact);
    const initiative = fc.record({
      title: text,
      start: optional(dateParts),
      endYears: fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined }),
      ongoing: fc.boolean(),
      category: optional(category),
      status: optional(fc.constantFrom(...INITIATIVE_STATUSES)),
      summary: optional(text),
      outcome: optional(text),
      partners: optional(fc.array(plainText, { minLength: 1, maxLength: 4 })),
      sources: refs,
    }).map(({ start, endYears, ongoing, ...rest }) =>
      compact({
        ...rest,
        start: start && isoDate(start),
        end: ongoing ? 'ongoing' : start && endYears !== undefined ? `${start.year + endYears}` : undefined,
      }));
    const quote = fc.record({ text, lang: optional(languageTag), author: fc.record({ name: plainText, role: optional(text) }).map(compact), date: optional(date), context: optional(text), sources: refs }).map(compact);
    return fc.record({
      lang: optional(languageTag),
      city: optional(city),
      initiatives: optional(fc.uniqueArray(fc.tuple(id, initiative), { selector: ([key]) => key, maxLength: 15 }).map((pairs) => pairs.map(([key, rest]) => ({ id: key, ...rest })))),
      quotes: optional(fc.uniqueArray(fc.tuple(id, quote), { selector: ([key]) => key, maxLength: 3 }).map((pairs) => pairs.map(([key, rest]) => ({ id: key, ...rest })))),
      sources: fc.constant(sources.length ? sources.map((source) => compact(source)) : undefined),
    }).map((story) => compact({ version: 1, ...story }));
  });

// Mutations --------------------------------------------------------------------------------------

const nested = (depth: number): unknown => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};

const hostileValue = fc.oneof(
  fc.constantFrom<unknown>(42, -0, true, false, null, [], {}, '', NaN, Infinity, -Infinity, 1e308, '2019-02-30', '2019-13', '0999', 'javascript:alert(1)', ' JaVa\tScRiPt:x', 'data:text/html,x', '//', '\\\\', 'http://', '\u202Eevil', '<img src=x onerror=alert(1)>', '${x}'),
  fc.string({ maxLength: 30, unit: 'binary' }),
  fc.integer({ min: 20_001, max: 25_000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 60, max: 200 }).map(nested),
  fc.integer({ min: 201, max: 12_000 }).map((n) => Array(n).fill(1)),
  fc.integer({ min: 51, max: 1_200 }).map((n) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 'v']))),
  fc.anything({ maxDepth: 3, withNullPrototype: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withSparseArray: true, withBigInt: true }),
);

const hostileKey = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'x-ok', 'nmae', '', '\u202E', 'toString'), fc.string({ maxLength: 12, unit: 'binary' }));

type Mutation = { at: number; kind: 'replace' | 'add-key' | 'delete'; value: unknown; key: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({ at: fc.nat(), kind: fc.constantFrom('replace', 'add-key', 'delete'), value: hostileValue, key: hostileKey }) as fc.Arbitrary<Mutation>;

const isPlainObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && [Object.prototype, null].includes(Object.getPrototypeOf(value) as object | null);

/** Every container (plain object or list) in the document with the key or index of each of its children. */
function places(root: unknown): { parent: Json | unknown[]; key: string | number }[] {
  const found: { parent: Json | unknown[]; key: string | number }[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach((item, index) => (found.push({ parent: value, key: index }), walk(item)));
    else if (isPlainObject(value)) for (const [key, item] of Object.entries(value)) (found.push({ parent: value, key }), walk(item));
  };
  walk(root);
  return found;
}

function mutate(document: Json, mutations: Mutation[]): unknown {
  let root: unknown = document;
  for (const { at, kind, value, key } of mutations) {
    const all = places(root);
    if (!all.length) {
      root = value;
      continue;
    }
    const { parent, key: place } = all[at % all.length]!;
    if (kind === 'replace') (parent as Json)[place as string] = value;
    else if (kind === 'delete' && !Array.isArray(parent)) delete parent[place as string];
    else {
      const target = Array.isArray(parent) ? parent[0] : parent;
      // An own key, even for __proto__ (as JSON.parse makes it).
      if (isPlainObject(target)) Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
    }
  }
  return root;
}

// Running ----------------------------------------------------------------------------------------

const uncaught: string[] = [];
const onUncaught = (event: ErrorEvent | PromiseRejectionEvent): void => {
  uncaught.push(String('message' in event ? event.message : event.reason));
};

const elements = new Map<StoryTag, HTMLElement & { data: unknown; updateComplete: Promise<boolean> }>();
const stage = document.createElement('div');

before(() => {
  window.addEventListener('error', onUncaught);
  window.addEventListener('unhandledrejection', onUncaught);
  stage.style.cssText = 'inline-size: 600px';
  document.body.append(stage);
  for (const tag of TAGS) {
    const el = document.createElement(tag) as HTMLElement & { data: unknown; updateComplete: Promise<boolean> };
    elements.set(tag, el);
    stage.append(el);
  }
});

after(() => {
  window.removeEventListener('error', onUncaught);
  window.removeEventListener('unhandledrejection', onUncaught);
  stage.remove();
});

/** The property body, with the reason of a failure in the log (the runner shows only the counterexample). */
function reported<A extends unknown[]>(body: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  return async (...args) => {
    try {
      await body(...args);
    } catch (error) {
      console.log(`fuzz: ${String(error)}`);
      throw error;
    }
  };
}

/** Shows `data` in the element and waits for it; the element's state: ready, error or none. */
async function show(tag: StoryTag, data: unknown): Promise<HTMLElement> {
  const el = elements.get(tag)!;
  el.data = data;
  await el.updateComplete;
  // The event follows the update in a microtask.
  await Promise.resolve();
  expect(el.shadowRoot!.querySelector('[aria-busy="true"]'), `${tag} left loading`).to.equal(null);
  return el;
}

if (!RUNS) it.skip('runs in the fuzz group only (npm test, npm run fuzz), once, in Chromium');

(RUNS ? describe : describe.skip)(`fuzz: ${RUNS} generated documents`, function () {
  this.timeout(Math.max(60_000, RUNS * 60));

  it(`renders ${VALID_RUNS} valid documents in all three elements`, async () => {
    await fc.assert(
      fc.asyncProperty(validDocument, reported(async (story) => {
        const result = validate(story);
        expect(result.ok, JSON.stringify(result.ok ? '' : result.issues.slice(0, 3))).to.equal(true);
        for (const tag of TAGS) {
          const el = await show(tag, structuredClone(story));
          const root = el.shadowRoot!;
          expect(root.querySelector('[role="alert"]'), `${tag}: an error for a valid document`).to.equal(null);
          if (tag === 'civic-timeline' && (story['initiatives'] as unknown[] | undefined)?.length) {
            expect(root.querySelectorAll('ol > li').length).to.equal((story['initiatives'] as unknown[]).length);
          }
          if (tag === 'civic-city-profile' && story['city']) expect(root.querySelector('article h2, article [part="heading"]')).to.exist;
          if (tag === 'civic-quote' && (story['quotes'] as unknown[] | undefined)?.length) expect(root.querySelector('blockquote')).to.exist;
        }
        expect(uncaught).to.deep.equal([]);
      })),
      { numRuns: VALID_RUNS },
    );
  });

  it(`gives ${MUTATED_RUNS} mutated documents an error with paths, or renders them when still valid`, async () => {
    let invalid = 0;
    await fc.assert(
      fc.asyncProperty(validDocument, fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.constantFrom(...TAGS), fc.boolean(), reported(async (story, mutations, tag, inline) => {
        const mutated = mutate(structuredClone(story), mutations);
        const result = validate(mutated);
        if (!result.ok) {
          invalid += 1;
          expect(result.issues.length).to.be.within(1, 100);
          for (const issue of result.issues) {
            expect(issue.path).to.be.a('string');
            expect(issue.message).to.be.a('string').and.not.equal('');
          }
        }
        let el: HTMLElement;
        if (inline) {
          // The same document as inline JSON, when it has a JSON text: the text path (bounds, parse) too.
          let json: string | undefined;
          try {
            json = JSON.stringify(mutated);
          } catch {
            json = undefined;
          }
          el = await show(tag, json === undefined ? mutated : undefined);
          if (json !== undefined) {
            const script = document.createElement('script');
            script.type = 'application/json';
            script.textContent = json;
            el.replaceChildren(script);
            await new Promise((resolve) => setTimeout(resolve));
            await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
            await Promise.resolve();
            expect(el.shadowRoot!.querySelector('[aria-busy="true"]'), `${tag} left loading`).to.equal(null);
            el.replaceChildren();
          }
        } else {
          el = await show(tag, mutated);
          const alert = el.shadowRoot!.querySelector('[role="alert"]');
          if (!result.ok) {
            expect(alert, 'an error view').to.exist;
            const shown = [...alert!.querySelectorAll('code')].map((code) => code.textContent);
            for (const issue of result.issues) if (issue.path) expect(shown).to.include(issue.path);
          } else if (mutated !== null && mutated !== undefined) {
            expect(alert, JSON.stringify(mutated).slice(0, 200)).to.equal(null);
          }
        }
        expect(uncaught).to.deep.equal([]);
      })),
      { numRuns: MUTATED_RUNS },
    );
    expect(invalid, 'most mutations make the document invalid').to.be.greaterThan(MUTATED_RUNS / 2);
  });

  it('leaves no element loading and threw nothing into the page', () => {
    for (const el of elements.values()) expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.equal(null);
    expect(uncaught).to.deep.equal([]);
  });
});
