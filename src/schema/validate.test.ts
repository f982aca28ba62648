import { expect } from '@open-wc/testing';
import { COUNTRY_CODES, FACT_KINDS, formatPath, isLanguageTag, isSafeUrl, parseIsoDate, validate } from './index.js';
import type { StoryDocument, ValidationIssue, ValidationResult } from './index.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A document that uses every part of the format. */
function richDocument(): Json {
  return {
    $schema: 'https://unpkg.com/civic-story/dist/civic-story.schema.json',
    version: 1,
    lang: 'nl',
    'x-cms': { id: 7, tags: ['inclusie', 'stad'], nested: { deeper: [1, 2.5, null, true, 'x'] } },
    city: {
      name: 'Mechelen',
      country: 'BE',
      region: { nl: 'Vlaanderen', en: 'Flanders' },
      summary: { nl: 'Een jonge stad.', en: 'A young city.', 'sr-Latn-RS': 'Mlad grad.', 'es-419': 'Una ciudad joven.' },
      leader: { name: 'Bart Somers', role: { nl: 'burgemeester', en: 'mayor' }, since: '2001', until: '2020-12-31' },
      image: { src: '/img/mechelen.jpg', alt: { nl: 'De Grote Markt', en: 'The Grote Markt' }, credit: 'Stad Mechelen' },
      facts: [
        { kind: 'population', value: 86000, approx: 'about', asOf: '2016', sources: ['kis'] },
        { kind: 'nationalities', value: 138, approx: 'more-than', sources: ['kis', 'jaarverslag'] },
        { kind: 'youth-share', value: 24.5, unit: 'percent', asOf: '2016-10' },
        { kind: 'area', value: 65.19, unit: 'km2' },
        { kind: 'police-officers', value: 300, approx: 'less-than' },
        { kind: 'surveillance-cameras', value: { nl: 'honderden', en: 'hundreds' } },
        { label: { nl: 'Verenigingen', en: 'Associations' }, value: 'many', note: 'Schatting.', 'x-internal': true },
      ],
      links: [
        { href: 'https://www.mechelen.be/', label: 'Stad Mechelen' },
        { href: 'HTTP://example.org/a?b=c#d', label: { en: 'Example' } },
        { href: '//cdn.example.org/x', label: 'Protocol-relative' },
        { href: 'over/ons.html', label: 'Relative' },
        { href: '#top', label: 'Fragment' },
      ],
      'x-note': null,
    },
    initiatives: [
      { id: 'safe-city', title: { nl: 'Veilige stad', en: 'A safe city' }, start: '2001', end: '2012-06', category: 'safety', status: 'done', sources: ['kis'] },
      { id: 'buurtwerk.2016:1', title: 'Buurtwerk', start: '2016-10-15', end: 'ongoing', status: 'ongoing', partners: ['OCMW', 'Vormingplus'] },
      { id: 'overlap', title: 'Same year', start: '2016-10', end: '2016' },
      { id: 'plan', title: 'Plan', start: '2030', status: 'planned', summary: 'Later.', outcome: { en: 'Unknown yet.' } },
      { id: 'leap', title: 'Leap day', start: '2020-02-29', end: '2020-03-01', category: 'youth-work-2' },
    ],
    quotes: [
      {
        id: 'motto',
        text: { nl: 'Niet je afkomst, maar je toekomst telt.', en: 'Not your origin, but your future counts.' },
        lang: 'nl',
        author: { name: 'Bart Somers', role: { en: 'mayor' } },
        date: '2016-10-15',
        context: 'Interview',
        sources: ['kis'],
      },
    ],
    sources: [
      { id: 'kis', title: 'Tien vragen aan Bart Somers', publisher: 'KIS', url: 'https://www.kis.nl/artikel', date: '2016-10', lang: 'nl' },
      { id: 'jaarverslag', title: 'Jaarverslag', url: './jaarverslag.pdf' },
    ],
  };
}

function issuesOf(result: ValidationResult): ValidationIssue[] {
  return result.ok ? [] : result.issues;
}

function issueAt(result: ValidationResult, path: string): ValidationIssue | undefined {
  return issuesOf(result).find((issue) => issue.path === path);
}

/** Every object and list in a tree (iteratively: the inputs in these tests can be deep). */
function nodesOf(root: unknown): object[] {
  const nodes: object[] = [];
  const stack = [root];
  while (stack.length) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    nodes.push(node);
    stack.push(...Object.values(node));
  }
  return nodes;
}

const nested = (levels: number, leaf: unknown = 1): unknown => {
  let value = leaf;
  for (let i = 0; i < levels; i++) value = [value];
  return value;
};

describe('validate', () => {
  it('accepts a minimal document', () => {
    const result = validate({ version: 1 });
    expect(result.ok).to.equal(true);
    expect(result.ok && result.document).to.deep.equal({ version: 1 });
  });

  it('accepts a quote-only document', () => {
    const result = validate({ version: 1, quotes: [{ id: 'q', text: 'Hallo', author: { name: 'A' } }] });
    expect(issuesOf(result)).to.deep.equal([]);
  });

  it('accepts a rich document and returns a fresh copy of it', () => {
    const input = richDocument();
    const result = validate(input);
    expect(issuesOf(result)).to.deep.equal([]);
    if (!result.ok) return;
    expect(result.document).to.deep.equal(input);
    expect(result.document).not.to.equal(input);
    const inputNodes = new Set(nodesOf(input));
    for (const node of nodesOf(result.document)) {
      expect(inputNodes.has(node), 'an object of the input in the output').to.equal(false);
      expect([Object.prototype, Array.prototype]).to.include(Object.getPrototypeOf(node));
      for (const key of ['__proto__', 'constructor', 'prototype']) expect(Object.prototype.hasOwnProperty.call(node, key)).to.equal(false);
    }
    expect(Object.isFrozen(result.document)).to.equal(false);
  });

  it('keeps x- keys anywhere an object is, with any JSON value', () => {
    const input = richDocument();
    input.city.leader['x-since-note'] = [{ a: [[]] }];
    input.quotes[0].author['x-id'] = 3;
    input.sources[0]['x-archived'] = { url: 'javascript:not-a-link-here' };
    input.initiatives[0]['x-order'] = 1;
    const result = validate(input);
    expect(issuesOf(result)).to.deep.equal([]);
    expect(result.ok && result.document.sources?.[0]?.['x-archived']).to.deep.equal({ url: 'javascript:not-a-link-here' });
  });

  it('accepts a JSON.parse result and treats undefined properties as absent', () => {
    expect(validate(JSON.parse(JSON.stringify(richDocument()))).ok).to.equal(true);
    const result = validate({ version: 1, lang: undefined, city: { name: 'X', region: undefined } });
    expect(issuesOf(result)).to.deep.equal([]);
    expect(result.ok && result.document).to.deep.equal({ version: 1, city: { name: 'X' } });
  });

  it('accepts an object without prototype and returns a plain one', () => {
    const input = Object.create(null) as Json;
    input['version'] = 1;
    const result = validate(input);
    expect(result.ok).to.equal(true);
    expect(result.ok && Object.getPrototypeOf(result.document)).to.equal(Object.prototype);
  });

  it('exports the fact kinds', () => {
    expect(FACT_KINDS).to.deep.equal(['population', 'nationalities', 'youth-share', 'area', 'police-officers', 'surveillance-cameras']);
  });
});

// [what, change to the rich document (or a whole document), path of the expected issue, text the message mentions]
type Case = [string, ((doc: Json) => unknown) | { document: unknown }, string, string?];

const invalidCases: Case[] = [
  // version
  ['missing version', (d) => delete d.version, 'version', '1'],
  ['version 2', (d) => (d.version = 2), 'version', '2'],
  ['version "1" (a string)', (d) => (d.version = '1'), 'version', '“1”'],
  ['version null', (d) => (d.version = null), 'version', 'version 1'],
  // not a document
  ['a list as document', { document: [] }, '', 'list'],
  ['a string as document', { document: '{"version": 1}' }, '', '{"version": 1}'],
  ['null as document', { document: null }, '', 'null'],
  // URLs
  ['a javascript: link', (d) => (d.city.links[0].href = 'javascript:alert(1)'), 'city.links[0].href', 'javascript:alert(1)'],
  ['a javascript: link after spaces', (d) => (d.city.links[1].href = '  javascript:alert(1)'), 'city.links[1].href', 'javascript'],
  ['a mixed-case JaVaScRiPt: source url', (d) => (d.sources[0].url = 'JaVaScRiPt:alert(1)'), 'sources[0].url', 'JaVaScRiPt'],
  ['a tab inside the scheme', (d) => (d.city.image.src = 'java\tscript:alert(1)'), 'city.image.src', 'java\\tscript'],
  ['a newline inside the scheme', (d) => (d.city.links[0].href = 'jav\nascript:alert(1)'), 'city.links[0].href'],
  ['a control character before the scheme', (d) => (d.city.links[0].href = '\u0001\u001fjavascript:alert(1)'), 'city.links[0].href'],
  ['a carriage return inside the scheme', (d) => (d.sources[1].url = '\r\njavas\rcript:x'), 'sources[1].url'],
  ['a data: image', (d) => (d.city.image.src = 'data:image/svg+xml,<svg onload=alert(1)>'), 'city.image.src', 'data:'],
  ['a vbscript: link', (d) => (d.city.links[0].href = 'VBScript:msgbox'), 'city.links[0].href'],
  ['a file: link', (d) => (d.city.links[0].href = 'file:///etc/passwd'), 'city.links[0].href'],
  ['a mailto: link', (d) => (d.city.links[0].href = 'mailto:somebody@example.org'), 'city.links[0].href'],
  ['a number as URL', (d) => (d.city.links[0].href = 42), 'city.links[0].href'],
  // unknown keys
  ['an unknown key in the city', (d) => (d.city.nmae = 'Mechelen'), 'city.nmae', 'nmae'],
  ['an unknown top-level key', (d) => (d.cities = []), 'cities', 'x-'],
  ['an unknown key in an initiative', (d) => (d.initiatives[1].titel = 'x'), 'initiatives[1].titel', 'titel'],
  ['an unknown key in a fact', (d) => (d.city.facts[2].colour = 'red'), 'city.facts[2].colour', 'colour'],
  ['an unknown key in a quote author', (d) => (d.quotes[0].author.nmae = 'x'), 'quotes[0].author.nmae', 'nmae'],
  ['an unknown key in a link', (d) => (d.city.links[0].title = 'x'), 'city.links[0].title'],
  ['an odd unknown key is quoted in the path', (d) => (d.city['a b'] = 1), 'city["a b"]', 'a b'],
  ['x- is case-sensitive: X-foo is unknown', (d) => (d['X-foo'] = 1), 'X-foo'],
  // prototype keys
  ['__proto__ from JSON.parse', { document: JSON.parse('{"version": 1, "__proto__": {"polluted": true}}') }, '__proto__', '__proto__'],
  ['__proto__ in a Text map', { document: JSON.parse('{"version": 1, "city": {"name": {"nl": "A", "__proto__": "B"}}}') }, 'city.name.__proto__', '__proto__'],
  ['constructor in the city', (d) => (d.city.constructor = { name: 'x' }), 'city.constructor', 'constructor'],
  ['prototype in an x- value', (d) => (d['x-cms'].prototype = 1), 'x-cms.prototype', 'prototype'],
  // dates
  ['2019-02-30', (d) => (d.initiatives[0].start = '2019-02-30'), 'initiatives[0].start', '2019-02-30'],
  ['2019-02-29 (not a leap year)', (d) => (d.city.leader.since = '2019-02-29'), 'city.leader.since', '2019-02-29'],
  ['month 13', (d) => (d.initiatives[0].start = '2019-13'), 'initiatives[0].start', '2019-13'],
  ['a two-digit year', (d) => (d.quotes[0].date = '19'), 'quotes[0].date', '“19”'],
  ['2019-1-1', (d) => (d.sources[0].date = '2019-1-1'), 'sources[0].date', '2019-1-1'],
  ['a date and time', (d) => (d.city.facts[0].asOf = '2019-01-01T10:00:00Z'), 'city.facts[0].asOf'],
  ['a number as date', (d) => (d.initiatives[0].start = 2019), 'initiatives[0].start', '2019'],
  ['an end that is neither a date nor "ongoing"', (d) => (d.initiatives[0].end = 'someday'), 'initiatives[0].end', 'ongoing'],
  ['an end before the start', (d) => (d.initiatives[0].end = '2000-12'), 'initiatives[0].end', '2000-12'],
  ['an end a day before the start', (d) => Object.assign(d.initiatives[1], { start: '2016-10-15', end: '2016-10-14' }), 'initiatives[1].end'],
  // language tags
  ['a language name as lang', (d) => (d.lang = 'english'), 'lang', 'english'],
  ['an underscore in a quote lang', (d) => (d.quotes[0].lang = 'en_US'), 'quotes[0].lang', 'en_US'],
  ['a bad language tag as Text key', (d) => (d.city.name = { dutch: 'Mechelen' }), 'city.name.dutch', 'dutch'],
  ['an x- key in a Text map', (d) => (d.city.region['x-note'] = 'x'), 'city.region.x-note', 'x-note'],
  ['a number as lang', (d) => (d.sources[0].lang = 1), 'sources[0].lang'],
  // countries
  ['country XX', (d) => (d.city.country = 'XX'), 'city.country', 'XX'],
  ['country be (lowercase)', (d) => (d.city.country = 'be'), 'city.country', 'BE'],
  ['country BEL (alpha-3)', (d) => (d.city.country = 'BEL'), 'city.country', 'BEL'],
  // numbers
  ['NaN as fact value', (d) => (d.city.facts[0].value = NaN), 'city.facts[0].value', 'NaN'],
  ['Infinity as fact value', (d) => (d.city.facts[1].value = Infinity), 'city.facts[1].value', 'Infinity'],
  ['-Infinity in an x- value', (d) => (d['x-cms'].n = -Infinity), 'x-cms.n', 'Infinity'],
  ['true as fact value', (d) => (d.city.facts[0].value = true), 'city.facts[0].value', 'true'],
  // references and ids
  ['an unresolved source in an initiative', (d) => (d.initiatives[3].sources = ['kis', 'nope']), 'initiatives[3].sources[1]', 'nope'],
  ['an unresolved source in a fact', (d) => (d.city.facts[1].sources = ['kis', 'jaarverslag', 'missing']), 'city.facts[1].sources[2]', 'missing'],
  ['an unresolved source in a quote', (d) => (d.quotes[0].sources = ['kiss']), 'quotes[0].sources[0]', 'kiss'],
  ['sources cited but no sources list', (d) => delete d.sources, 'initiatives[0].sources[0]', 'kis'],
  ['a duplicate initiative id', (d) => (d.initiatives[2].id = 'safe-city'), 'initiatives[2].id', 'safe-city'],
  ['a duplicate source id', (d) => (d.sources[1].id = 'kis'), 'sources[1].id', 'kis'],
  ['a duplicate quote id', (d) => d.quotes.push({ ...d.quotes[0] }), 'quotes[1].id', 'motto'],
  ['an id with a space', (d) => (d.initiatives[0].id = 'safe city'), 'initiatives[0].id', 'safe city'],
  ['an empty id', (d) => (d.sources[1].id = ''), 'sources[1].id'],
  ['an id of 101 characters', (d) => (d.quotes[0].id = 'q'.repeat(101)), 'quotes[0].id'],
  ['a category that is not a slug', (d) => (d.initiatives[0].category = 'Youth Work'), 'initiatives[0].category', 'Youth Work'],
  ['a category of 41 characters', (d) => (d.initiatives[0].category = 'a'.repeat(41)), 'initiatives[0].category'],
  // enums
  ['an unknown status', (d) => (d.initiatives[0].status = 'finished'), 'initiatives[0].status', 'finished'],
  ['an unknown fact kind', (d) => (d.city.facts[0].kind = 'people'), 'city.facts[0].kind', 'people'],
  ['an unknown unit', (d) => (d.city.facts[3].unit = 'm2'), 'city.facts[3].unit', 'km2'],
  ['an unknown approx', (d) => (d.city.facts[0].approx = 'roughly'), 'city.facts[0].approx', 'roughly'],
  // bounds
  ['a text of 20,001 characters', (d) => (d.sources[0].title = 'x'.repeat(20_001)), 'sources[0].title', '20,001'],
  ['a translation of 20,001 characters', (d) => (d.city.summary.en = 'é'.repeat(20_001)), 'city.summary.en', '20,000'],
  ['2,001 initiatives', (d) => (d.initiatives = Array.from({ length: 2001 }, (_, i) => ({ id: `i${i}`, title: 't' }))), 'initiatives', '2,000'],
  ['201 facts', (d) => (d.city.facts = Array.from({ length: 201 }, () => ({ kind: 'area', value: 1 }))), 'city.facts', '200'],
  ['201 sources', (d) => (d.sources = Array.from({ length: 201 }, (_, i) => ({ id: `s${i}`, title: 't' }))), 'sources', '200'],
  ['201 partners', (d) => (d.initiatives[1].partners = Array.from({ length: 201 }, (_, i) => `p${i}`)), 'initiatives[1].partners', '200'],
  ['51 languages', (d) => (d.city.name = Object.fromEntries(COUNTRY_CODES.slice(0, 51).map((c) => [`en-${c}`, 'x']))), 'city.name', '50'],
  // types and required keys
  ['a number as city name', (d) => (d.city.name = 42), 'city.name', '42'],
  ['an empty Text map', (d) => (d.initiatives[0].title = {}), 'initiatives[0].title'],
  ['a list as Text', (d) => (d.city.summary = ['a']), 'city.summary', 'list'],
  ['a fact without kind or label', (d) => (d.city.facts[2] = { value: 3 }), 'city.facts[2].label', 'label'],
  ['a fact without value', (d) => delete d.city.facts[0].value, 'city.facts[0].value', 'value'],
  ['a city without name', (d) => delete d.city.name, 'city.name', 'name'],
  ['a quote without author', (d) => delete d.quotes[0].author, 'quotes[0].author', 'author'],
  ['an image without alt', (d) => delete d.city.image.alt, 'city.image.alt', 'alt'],
  ['a list as city', (d) => (d.city = [d.city]), 'city', 'list'],
  ['an object as initiatives', (d) => (d.initiatives = { a: 1 }), 'initiatives', 'object'],
  ['a string in place of an initiative', (d) => (d.initiatives[4] = 'x'), 'initiatives[4]'],
  ['a number as partner', (d) => (d.initiatives[1].partners[1] = 5), 'initiatives[1].partners[1]'],
  ['a hole in a list', (d) => (d.initiatives[1].partners = ['a', undefined]), 'initiatives[1].partners[1]'],
  ['a function as city name', (d) => (d.city.name = () => 'Mechelen'), 'city.name', 'function'],
  ['a Date as leader since', (d) => (d.city.leader.since = new Date(2001, 0, 1)), 'city.leader.since'],
  ['a BigInt as fact value', (d) => (d.city.facts[0].value = 10n), 'city.facts[0].value', 'bigint'],
  ['a Symbol in an x- value', (d) => (d['x-cms'].s = Symbol('s')), 'x-cms.s', 'symbol'],
  // hostile structures
  ['an x- value nested 33 levels deep', (d) => (d['x-deep'] = nested(33)), 'x-deep', 'x-'],
  ['an x- value with 20,000 values', (d) => (d['x-big'] = Array.from({ length: 5 }, () => Array.from({ length: 4_000 }, () => 1))), 'x-big'],
  ['a cycle through an x- key', (d) => (d.city['x-self'] = d.city), 'city.x-self', 'itself'],
  ['a sparse list of a billion entries', (d) => (d.initiatives = new Array(1e9)), 'initiatives'],
];

describe('validate: invalid documents', () => {
  it(`has at least 35 cases (${invalidCases.length})`, () => {
    expect(invalidCases.length).to.be.at.least(35);
  });

  for (const [name, change, path, mentions] of invalidCases) {
    it(`rejects ${name} at "${path}"`, () => {
      let input: unknown;
      if (typeof change === 'function') {
        input = richDocument();
        change(input as Json);
      } else {
        input = change.document;
      }
      const result = validate(input);
      expect(result.ok, 'ok').to.equal(false);
      const issue = issueAt(result, path);
      expect(issue, `no issue at "${path}" among ${JSON.stringify(issuesOf(result))}`).to.not.equal(undefined);
      if (mentions) expect(issue!.message).to.include(mentions);
      expect(issue!.message.length).to.be.below(300);
    });
  }

  it('says how to write the missing version', () => {
    const issue = issueAt(validate({ city: { name: 'X' } }), 'version');
    expect(issue?.message).to.equal('Missing required key “version”. Add "version": 1 to the document.');
  });

  it('explains unknown keys', () => {
    const issue = issueAt(validate({ version: 1, city: { name: 'X', nmae: 'Y' } }), 'city.nmae');
    expect(issue?.message).to.equal('Unknown key “nmae”. Keys that are not part of the format must start with x-.');
  });

  it('reports every problem, one per path', () => {
    const input = richDocument();
    input.version = 2;
    input.city.nmae = 'x';
    input.initiatives[0].start = '2019-02-30';
    input.city.links[0].href = 'javascript:x';
    input.city.facts[0].sources = ['nope'];
    const result = validate(input);
    expect(issuesOf(result).map((issue) => issue.path)).to.have.members([
      'version',
      'city.nmae',
      'initiatives[0].start',
      'city.links[0].href',
      'city.facts[0].sources[0]',
    ]);
  });

  it('caps the list at 100 issues and says how many more there are', () => {
    const input: Json = { version: 1 };
    for (let i = 0; i < 300; i++) input[`unknown${i}`] = i;
    const issues = issuesOf(validate(input));
    expect(issues.length).to.equal(100);
    expect(issues[99]!.path).to.equal('');
    expect(issues[99]!.message).to.include('201');
  });

  it('shortens echoed input to about 40 characters', () => {
    const key = `k${'e'.repeat(200)}`;
    const issue = issueAt(validate({ version: 1, [key]: 1 }), key);
    expect(issue?.message).to.include('…');
    expect(issue!.message.length).to.be.below(140);
  });
});

describe('validate: never throws', () => {
  const throwingTraps: ProxyHandler<object> = {};
  for (const trap of ['get', 'set', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf', 'defineProperty', 'deleteProperty', 'isExtensible', 'preventExtensions', 'setPrototypeOf', 'apply', 'construct'] as const) {
    (throwingTraps as Record<string, () => never>)[trap] = () => {
      throw new Error(`trap ${trap}`);
    };
  }
  const hostileProxy = new Proxy({}, throwingTraps);
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  const cyclic: Json = { version: 1 };
  cyclic['x-self'] = cyclic;
  const cyclicList: unknown[] = [];
  cyclicList.push(cyclicList);
  const withThrowingGetter = {
    version: 1,
    get city(): never {
      throw new Error('getter');
    },
  };
  const manyKeys = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i]));
  // 2^30 paths through 30 shared lists: copying it naively would never end.
  let exponential: unknown = 1;
  for (let i = 0; i < 30; i++) exponential = [exponential, exponential];

  const inputs: [string, unknown][] = [
    ['undefined', undefined],
    ['null', null],
    ['42', 42],
    ['NaN', NaN],
    ['"x"', 'x'],
    ['true', true],
    ['[]', []],
    ['{}', {}],
    ['a function', () => ({ version: 1 })],
    ['a Symbol', Symbol('x')],
    ['a BigInt', 10n],
    ['a Proxy that throws on every trap', hostileProxy],
    ['a document holding that Proxy', { version: 1, city: hostileProxy, initiatives: [hostileProxy] }],
    ['a revoked Proxy', revocable.proxy],
    ['a document holding a revoked Proxy', { version: 1, 'x-a': revocable.proxy }],
    ['a cyclic object', cyclic],
    ['a cyclic list', { version: 1, 'x-list': cyclicList }],
    ['a throwing getter', withThrowingGetter],
    ['Object.create(null)', Object.create(null)],
    ['100,000 levels of lists in an x- key', { version: 1, 'x-deep': nested(100_000) }],
    ['100,000 levels of lists in an unknown key', { version: 1, deep: nested(100_000) }],
    ['100,000 levels of lists as the document', nested(100_000)],
    ['100,000 levels of objects', { version: 1, city: (() => { let o: Json = {}; for (let i = 0; i < 100_000; i++) o = { name: o }; return o; })() }],
    ['100,000 keys', { version: 1, ...manyKeys }],
    ['a string of 10 million characters', { version: 1, 'x-big': 'x'.repeat(10_000_000) }],
    ['a shared structure with 2^30 paths in an x- key', { version: 1, 'x-dag': exponential }],
    ['a shared structure with 2^30 paths in an unknown key', { version: 1, dag: exponential }],
    ['a Map', new Map([['version', 1]])],
    ['a Date', new Date()],
    ['a RegExp as city', { version: 1, city: /x/ }],
    ['an Error', new Error('x')],
    ['a typed array', new Uint8Array(10)],
    ['a Promise', Promise.resolve({ version: 1 })],
    ['a DOM node', document.createElement('div')],
  ];

  for (const [name, input] of inputs) {
    it(`returns issues for ${name}`, () => {
      let result: ValidationResult | undefined;
      expect(() => (result = validate(input))).not.to.throw();
      expect(result!.ok).to.equal(false);
      if (!result!.ok) {
        expect(result!.issues.length).to.be.within(1, 100);
        for (const issue of result!.issues) {
          expect(issue.path).to.be.a('string');
          expect(issue.message).to.be.a('string').and.not.equal('');
        }
      }
    });
  }

  it('reports a throwing getter at its path', () => {
    expect(issueAt(validate(withThrowingGetter), 'city')).to.not.equal(undefined);
  });

  it('reports a cycle at its path', () => {
    expect(issueAt(validate(cyclic), 'x-self')?.message).to.include('itself');
  });

  it('accepts the same object twice when it is no cycle', () => {
    const shared = { id: 1 };
    expect(validate({ version: 1, 'x-a': shared, 'x-b': [shared, shared] }).ok).to.equal(true);
  });

  it('accepts an x- value 32 levels deep', () => {
    expect(issuesOf(validate({ version: 1, 'x-deep': nested(31) }))).to.deep.equal([]);
  });

  it('does not let __proto__ change the output prototype', () => {
    const result = validate(JSON.parse('{"version": 1, "city": {"name": "X", "__proto__": {"polluted": 1}}}'));
    expect(result.ok).to.equal(false);
    expect(({} as Json)['polluted']).to.equal(undefined);
  });

  it('validates the largest allowed list quickly', () => {
    const input = richDocument();
    input.initiatives = Array.from({ length: 2000 }, (_, i) => ({
      id: `i${i}`,
      title: { nl: `Initiatief ${i}`, en: `Initiative ${i}` },
      start: '2016-10',
      end: 'ongoing',
      sources: ['kis'],
    }));
    const started = performance.now();
    expect(validate(input).ok).to.equal(true);
    expect(performance.now() - started).to.be.below(2000);
  });
});

describe('validate: samples', () => {
  for (const name of ['mechelen', 'vasteras', 'borlange']) {
    it(`accepts samples/${name}.json`, async () => {
      const response = await fetch(new URL(`../../samples/${name}.json`, import.meta.url));
      expect(response.ok, `samples/${name}.json not found`).to.equal(true);
      const result = validate(await response.json());
      expect(issuesOf(result)).to.deep.equal([]);
      expect((result as { document: StoryDocument }).document.version).to.equal(1);
    });
  }
});

describe('parseIsoDate', () => {
  it('reads years, months and days', () => {
    expect(parseIsoDate('2001')).to.deep.equal({ year: 2001, precision: 'year' });
    expect(parseIsoDate('2016-10')).to.deep.equal({ year: 2016, month: 10, precision: 'month' });
    expect(parseIsoDate('2018-10-15')).to.deep.equal({ year: 2018, month: 10, day: 15, precision: 'day' });
    expect(parseIsoDate('2000-02-29')?.day).to.equal(29);
    expect(parseIsoDate('1000')?.year).to.equal(1000);
    expect(parseIsoDate('9999-12-31')?.day).to.equal(31);
  });

  it('rejects what is not a calendar date at year, month or day precision', () => {
    for (const text of ['', '19', '999', '0999', '10000', '2019-1', '2019-1-1', '2019-00', '2019-13', '2019-02-30', '1900-02-29', '2019-04-31', '2019-01-00', '2019-01-32', ' 2019', '2019-01-01T00:00', '2019/01/01', '２０１９']) {
      expect(parseIsoDate(text), text).to.equal(undefined);
    }
  });
});

describe('isLanguageTag', () => {
  it('accepts language, script, region and variant tags', () => {
    for (const tag of ['nl', 'en', 'EN', 'en-GB', 'en-gb', 'pt-BR', 'sr-Latn', 'sr-Latn-RS', 'zh-Hant-TW', 'es-419', 'de-CH-1996', 'sl-rozaj-biske', 'fil', 'und', 'ar']) {
      expect(isLanguageTag(tag), tag).to.equal(true);
    }
  });

  it('rejects everything else, the same in every browser', () => {
    for (const tag of ['', 'e', 'english', 'dutch', 'en_US', 'en-', '-en', 'en--GB', 'en-GB-', 'x-private', 'i-klingon', 'en-u-ca-gregory', 'en-x-foo', 'de-1996-1996', '1234', 'en GB', 'nl ', 'en-GBR', 'toolongtag', 'a'.repeat(100)]) {
      expect(isLanguageTag(tag), tag).to.equal(false);
    }
  });
});

describe('isSafeUrl', () => {
  const base = 'https://example.org/dir/page.html';

  it('agrees with this browser\'s URL parser on the scheme', () => {
    const samples = [
      'https://a.example/', 'http://a', 'HTTPS://A', 'hTtP://a', '/a', 'a/b', '//evil.example/x', '#x', '?q', '', ' ', 'h\ttp://a',
      'javascript:alert(1)', ' javascript:x', '\u0000javascript:x', '\u001fjavascript:x', 'java\tscript:x', 'java\nscript:x', 'java\rscript:x',
      '\n\tjavascript:x', 'JAVASCRIPT:x', 'data:text/html,x', 'vbscript:x', 'file:///x', 'mailto:x@y', 'tel:1', 'ftp://x', 'blob:https://x/y',
      'https\t:x', 'httpx:x', 'http.x:y', 'http+x:y', 'a1:b', '1a:b', 'a b:c', '\u00a0javascript:x', 'ｊavascript:x', 'javascript&colon;x',
      'javascript%3Ax', './javascript:x', 'x:', ':x', 'https:', 'https:x', 'http:\\\\evil.example',
    ];
    const alphabet = ['a', 'h', 't', 'p', 's', 'j', 'v', ':', '/', '\\', '\t', '\n', '\r', ' ', '\u0000', '\u001f', '\u007f', '-', '.', '+', '1', 'H', 'T', 'P', '#', '?', '%'];
    let seed = 7;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < 5000; i++) {
      let text = '';
      for (let n = 1 + Math.floor(random() * 10); n > 0; n--) text += alphabet[Math.floor(random() * alphabet.length)];
      samples.push(text);
    }
    const disagreements: string[] = [];
    for (const text of samples) {
      let protocol: string;
      try {
        protocol = new URL(text, base).protocol;
      } catch {
        continue; // not a URL at all; nothing a link could run
      }
      const safe = protocol === 'http:' || protocol === 'https:';
      if (isSafeUrl(text) !== safe) disagreements.push(`${JSON.stringify(text)} (${protocol})`);
    }
    expect(disagreements).to.deep.equal([]);
  });

  it('takes linear time on long input', () => {
    const started = performance.now();
    for (const text of [' '.repeat(20_000) + 'x', 'a'.repeat(20_000), 'a\t'.repeat(10_000), '\t'.repeat(20_000) + 'a']) isSafeUrl(text);
    expect(performance.now() - started).to.be.below(100);
  });
});

describe('formatPath', () => {
  it('writes paths as in JavaScript', () => {
    expect(formatPath([])).to.equal('');
    expect(formatPath(['initiatives', 3, 'start'])).to.equal('initiatives[3].start');
    expect(formatPath(['city', 'facts', 0, 'value'])).to.equal('city.facts[0].value');
    expect(formatPath(['city', 'name', 'nl'])).to.equal('city.name.nl');
    expect(formatPath(['city', 'name', 'en-GB'])).to.equal('city.name.en-GB');
    expect(formatPath(['city', 'a b'])).to.equal('city["a b"]');
    expect(formatPath(['$schema'])).to.equal('$schema');
  });
});
