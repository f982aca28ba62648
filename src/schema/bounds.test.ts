// validate() does bounded work on any input: sizes before contents, the copy stops at the first bound
// exceeded, looking stops after 1,000 problems, and what it echoes cannot reorder the text around it.
import { expect } from '@open-wc/testing';
import { formatPath, validate } from './index.js';
import { MAX_ISSUES_FOUND, MAX_KEYS, MAX_VALUES } from './limits.js';
import type { ValidationIssue, ValidationResult } from './index.js';

type Json = Record<string, unknown>;

const issuesOf = (result: ValidationResult): ValidationIssue[] => (result.ok ? [] : result.issues);
const tooLarge = (result: ValidationResult): boolean => !result.ok && result.tooLarge === true;

/** A list whose items throw when read: the copy must not read any of them. */
function untouchable(length: number): unknown[] {
  return new Proxy(new Array(length), {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) throw new Error(`item ${key} was read`);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

describe('bounds: sizes before contents', () => {
  it('refuses a list longer than the format allows without reading an item', () => {
    const result = validate({ version: 1, initiatives: [{ id: 'a', title: 'A', partners: untouchable(9999) }] });
    expect(tooLarge(result)).to.equal(true);
    expect(issuesOf(result)).to.deep.equal([{ path: 'initiatives[0].partners', message: 'Too many entries: 9,999; the limit is 200.' }]);
  });

  it('allows 2,000 initiatives and 200 of every other list; refuses 2,001 and 201 before reading them', () => {
    expect(tooLarge(validate({ version: 1, initiatives: untouchable(2001) }))).to.equal(true);
    expect(tooLarge(validate({ version: 1, sources: untouchable(201) }))).to.equal(true);
    expect(tooLarge(validate({ version: 1, city: { name: 'X', facts: untouchable(201) } }))).to.equal(true);
    const initiatives = Array.from({ length: 2000 }, (_, i) => ({ id: `i${i}`, title: 'T', partners: Array.from({ length: 200 }, (_, k) => `p${k}`).slice(0, 3) }));
    expect(validate({ version: 1, initiatives }).ok).to.equal(true);
  });

  it('refuses an object wider than any of the format before reading a value', () => {
    const keys = Object.fromEntries(Array.from({ length: MAX_KEYS + 1 }, (_, i) => [`k${i}`, 0]));
    const watched = new Proxy(keys, {
      get() {
        throw new Error('a value was read');
      },
    });
    const result = validate({ version: 1, city: watched });
    expect(tooLarge(result)).to.equal(true);
    expect(issuesOf(result)).to.deep.equal([{ path: 'city', message: `Too many keys: ${(MAX_KEYS + 1).toLocaleString('en')}; the limit is ${MAX_KEYS.toLocaleString('en')}.` }]);
  });

  it('stops copying at the first bound: nothing after it is read', () => {
    let readAfter = false;
    const input = {
      version: 1,
      initiatives: [{ id: 'a', title: 'A', sources: Array.from({ length: 10_000 }, (_, i) => `x${i}`) }],
      get quotes(): unknown[] {
        readAfter = true;
        return [];
      },
    };
    const result = validate(input);
    expect(issuesOf(result).map((issue) => issue.path)).to.deep.equal(['initiatives[0].sources']);
    expect(readAfter).to.equal(false);
  });

  it('counts the values of the whole document and stops at 200,000', () => {
    expect(MAX_VALUES).to.equal(200_000);
    // 2,000 initiatives with 150 x- keys each: every list and object within its bound, 300,000 values in all.
    const initiatives = Array.from({ length: 2000 }, (_, i) => ({ id: `i${i}`, title: 'T', ...Object.fromEntries(Array.from({ length: 150 }, (_, k) => [`x-${k}`, k])) }));
    const result = validate({ version: 1, initiatives });
    expect(tooLarge(result)).to.equal(true);
    expect(issuesOf(result)).to.have.length(1);
    expect(issuesOf(result)[0]!.message).to.equal('The document is too large to check.');
  });

  it('counts the languages of a Text before checking any', () => {
    // 60 keys that are no language tags: checked one by one, each would be a problem of its own.
    const title = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`not a tag ${i}`, 42]));
    const result = validate({ version: 1, initiatives: [{ id: 'a', title }] });
    expect(issuesOf(result).map((issue) => `${issue.path}: ${issue.message}`)).to.deep.equal(['initiatives[0].title: Too many languages: 60; the limit is 50.']);
  });
});

describe('bounds: looking stops after the issue cap', () => {
  it('stops after 1,000 problems instead of building all of them, and says so', () => {
    // 2,000 initiatives with 100 unknown keys each: 200,000 problems, each within every size bound.
    const initiatives = Array.from({ length: 2000 }, (_, i) => ({ id: `i${i}`, title: 'T', ...Object.fromEntries(Array.from({ length: 49 }, (_, k) => [`bad${k}`, k])) }));
    const result = validate({ version: 1, initiatives });
    const issues = issuesOf(result);
    expect(issues).to.have.length(100);
    expect(issues[99]!.path).to.equal('');
    expect(issues[99]!.message).to.match(/^…and more than \d+ more problems; checking stopped here\.$/);
    const more = Number(/more than (\d+)/.exec(issues[99]!.message)![1]);
    expect(more).to.be.within(MAX_ISSUES_FOUND - 100, MAX_ISSUES_FOUND + 100);
  });

  it('stops the copy too, when the problems are in the copy (numbers that are not finite)', () => {
    const initiatives = Array.from({ length: 2000 }, (_, i) => ({ id: `i${i}`, title: 'T', 'x-n': [NaN, NaN, NaN] }));
    const issues = issuesOf(validate({ version: 1, initiatives }));
    expect(issues).to.have.length(100);
    expect(issues[99]!.message).to.contain('checking stopped here');
  });

  it('still counts exactly below the cap', () => {
    const input: Json = { version: 1 };
    for (let i = 0; i < 300; i++) input[`unknown${i}`] = i;
    expect(issuesOf(validate(input))[99]!.message).to.equal('…and 201 more problems.');
  });

  it('stops checking source references once enough are found', () => {
    // 900 initiatives citing 200 unknown sources each: 180,000 problems, under the bound on values.
    const initiatives = Array.from({ length: 900 }, (_, i) => ({ id: `i${i}`, title: 'T', sources: Array.from({ length: 200 }, (_, k) => `nope-${k}`) }));
    const issues = issuesOf(validate({ version: 1, initiatives }));
    expect(issues).to.have.length(100);
    expect(issues[0]!.path).to.equal('initiatives[0].sources[0]');
    expect(issues[99]!.message).to.contain('checking stopped here');
  });
});

describe('bounds: echoed input cannot reorder the text around it', () => {
  it('escapes bidirectional controls in messages and paths', () => {
    const key = 'evil\u202Egnp.exe';
    const issues = issuesOf(validate({ version: 1, city: { name: 'X', [key]: 1 } }));
    expect(issues[0]!.path).to.equal('city["evil\\u202egnp.exe"]');
    expect(issues[0]!.message).to.equal('Unknown key “evil\\u202egnp.exe”. Keys that are not part of the format must start with x-.');
    expect(formatPath(['a', '\u2067x\u2069'])).to.equal('a["\\u2067x\\u2069"]');
  });
});

describe('bounds: URLs that name a host are checked as absolute URLs', () => {
  const cases: [string, boolean][] = [
    ['//cdn.example.org/a', true],
    ['\\\\cdn.example.org\\a', true],
    ['/\\cdn.example.org', true],
    ['http:\\\\cdn.example.org', true],
    ['relative/page.html', true],
    ['//', false],
    ['\\\\', false],
    ['\\/', false],
    ['http://', false],
    ['https://[::1/', false],
    ['//a:99999/', false],
  ];
  for (const [href, ok] of cases) {
    it(`${ok ? 'accepts' : 'rejects'} ${JSON.stringify(href)}`, () => {
      const result = validate({ version: 1, city: { name: 'X', links: [{ href, label: 'L' }] } });
      expect(result.ok, JSON.stringify(issuesOf(result))).to.equal(ok);
      if (!ok) expect(issuesOf(result).map((issue) => issue.path)).to.deep.equal(['city.links[0].href']);
    });
  }
});
