// Checks the JSON Schema with an independent draft 2020-12 validator (Ajv): it must be a valid
// schema, accept every sample in samples/, and reject the documents below, each at the expected
// place. Each case is also run through validate(), which must agree. Then both judge generated
// documents (the samples and the documents below, changed at random places): validate() accepts none
// that the JSON Schema rejects, and what it rejects beyond the JSON Schema is only what JSON Schema
// cannot state (unique ids, source references, calendar dates, end before start, tags Intl knows,
// URLs that parse). Checks dist/civic-story.schema.json when it exists (what ships), else a freshly
// generated one.
//
// Prints one line per check, then `{"passed":N,"failed":N}` as the last line; exits 1 on any failure.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { generateJsonSchema, loadSchemaModule } from './gen-schema.mjs';
import { EDITOR_KEYWORDS } from './gen-schema-editor.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shipped = join(root, 'dist/civic-story.schema.json');

let passed = 0;
let failed = 0;
function result(ok, text) {
  if (ok) passed += 1;
  else failed += 1;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${text}`);
}
function finish() {
  console.log(JSON.stringify({ passed, failed }));
  process.exit(failed ? 1 : 0);
}

let schema;
let validate;
let compileError;
try {
  schema = existsSync(shipped) ? JSON.parse(readFileSync(shipped, 'utf8')) : await generateJsonSchema();
  console.log(`schema: ${existsSync(shipped) ? 'dist/civic-story.schema.json' : 'generated from src/schema (dist/ not built)'}`);
  // strictRequired would flag the fact's anyOf [{ required: ["kind"] }, { required: ["label"] }]: Ajv checks it before it has
  // seen the properties next to it. Every other strict check stays on.
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
  addFormats(ajv);
  // Editors' annotations (markdownDescription, errorMessage, defaultSnippets, …): known, not checked.
  ajv.addVocabulary(EDITOR_KEYWORDS);
  validate = ajv.compile(schema);
} catch (error) {
  compileError = error;
}
result(!compileError, `the schema compiles as draft 2020-12${compileError ? `: ${compileError.message}` : ''}`);
if (compileError) finish();
result(schema.$schema === 'https://json-schema.org/draft/2020-12/schema' && typeof schema.$id === 'string', 'it declares $schema (draft 2020-12) and $id');

const { validate: validateStory } = await loadSchemaModule();

// Accepted: every sample.
const samplesDir = join(root, 'samples');
const samples = existsSync(samplesDir) ? readdirSync(samplesDir).filter((name) => name.endsWith('.json')).sort() : [];
console.log(`samples: ${samples.length} found in samples/`);
for (const name of samples) {
  let document;
  try {
    document = JSON.parse(readFileSync(join(samplesDir, name), 'utf8'));
  } catch (error) {
    result(false, `samples/${name} is JSON: ${error.message}`);
    continue;
  }
  const valid = validate(document);
  result(valid, `samples/${name} is accepted${valid ? '' : `: ${JSON.stringify(validate.errors.slice(0, 3))}`}`);
  const own = validateStory(document);
  result(own.ok, `samples/${name} passes validate()${own.ok ? '' : `: ${JSON.stringify(own.issues.slice(0, 3))}`}`);
}

// Rejected: each document with the JSON Pointer where Ajv must report an error and the path where validate() must.
const base = () => ({
  version: 1,
  lang: 'nl',
  city: { name: 'Mechelen', country: 'BE', links: [{ href: 'https://www.mechelen.be/', label: { nl: 'Stad Mechelen' } }] },
  initiatives: [{ id: 'i1', title: 'Buurtwerk', start: '2014', end: 'ongoing', sources: ['s1'] }],
  sources: [{ id: 's1', title: 'Jaarverslag', url: 'https://example.org/verslag.pdf' }],
});
const withChange = (change) => {
  const document = base();
  change(document);
  return document;
};
const cases = [
  ['a valid document', base(), undefined],
  ['a javascript: URL', withChange((d) => (d.city.links[0].href = 'javascript:alert(1)')), ['/city/links/0/href', 'city.links[0].href']],
  ['an obfuscated javascript: URL', withChange((d) => (d.city.links[0].href = ' \tJaVa\nScRiPt:alert(1)')), ['/city/links/0/href', 'city.links[0].href']],
  ['a data: URL', withChange((d) => (d.sources[0].url = 'data:text/html,<script>alert(1)</script>')), ['/sources/0/url', 'sources[0].url']],
  ['an unknown key', withChange((d) => (d.city.nmae = 'Mechelen')), ['/city', 'city.nmae']],
  ['an unknown top-level key', withChange((d) => (d.cities = [])), ['', 'cities']],
  ['a missing version', withChange((d) => delete d.version), ['', 'version']],
  ['version 2', withChange((d) => (d.version = 2)), ['/version', 'version']],
  ['a number as city name', withChange((d) => (d.city.name = 42)), ['/city/name', 'city.name']],
  ['a bad language tag in a Text', withChange((d) => (d.city.links[0].label = { dutch: 'Mechelen' })), ['/city/links/0/label', 'city.links[0].label.dutch']],
  ['a bad date', withChange((d) => (d.initiatives[0].start = '2019-13')), ['/initiatives/0/start', 'initiatives[0].start']],
  ['a lowercase country', withChange((d) => (d.city.country = 'be')), ['/city/country', 'city.country']],
  ['a fact without kind or label', withChange((d) => (d.city.facts = [{ value: 3 }])), ['/city/facts/0', 'city.facts[0].label']],
  ['an empty Text map', withChange((d) => (d.initiatives[0].title = {})), ['/initiatives/0/title', 'initiatives[0].title']],
  ['an over-long text', withChange((d) => (d.sources[0].title = 'x'.repeat(20_001))), ['/sources/0/title', 'sources[0].title']],
  ['named categories', withChange((d) => (d.categories = [{ id: 'youth-work', label: { nl: 'Jeugdwerk', en: 'Youth work' } }])), undefined],
  ['a category id that is not a slug', withChange((d) => (d.categories = [{ id: 'Youth Work', label: 'Jeugdwerk' }])), ['/categories/0/id', 'categories[0].id']],
  ['a category without a label', withChange((d) => (d.categories = [{ id: 'youth-work' }])), ['/categories/0', 'categories[0].label']],
];
const x = withChange((d) => {
  d['x-cms'] = { id: 7, tags: ['a'] };
  d.city['x-note'] = null;
});
cases.push(['x- keys', x, undefined]);

const documents = [base(), ...cases.map(([, document]) => document)];
for (const [name, document, expected] of cases) {
  const valid = validate(document);
  const own = validateStory(document);
  if (!expected) {
    result(valid, `accepts ${name}${valid ? '' : `: ${JSON.stringify(validate.errors.slice(0, 3))}`}`);
    result(own.ok, `validate() accepts ${name}${own.ok ? '' : `: ${JSON.stringify(own.issues.slice(0, 3))}`}`);
    continue;
  }
  const [pointer, path] = expected;
  const at = !valid && validate.errors.some((error) => error.instancePath === pointer);
  result(at, `rejects ${name} at "${pointer}"${valid ? ' (it was accepted)' : at ? '' : `: ${JSON.stringify(validate.errors.slice(0, 3))}`}`);
  const ownAt = !own.ok && own.issues.some((issue) => issue.path === path);
  result(ownAt, `validate() rejects ${name} at "${path}"${own.ok ? ' (it was accepted)' : ownAt ? '' : `: ${JSON.stringify(own.issues)}`}`);
}


// Generated documents ----------------------------------------------------------------------------

/** What validate() rejects beyond the JSON Schema: the rules JSON Schema cannot state. */
const BEYOND_JSON_SCHEMA = [
  /^The id “.*” is used twice in this list/,
  /^No source has the id “.*”/,
  /is not a date in the calendar\.$/,
  /^The end \(.*\) is before the start \(.*\)\.$/,
  /is not a language tag like en, nl or pt-BR\.$/,
  /^Only http:, https: or relative links are allowed/,
];
const value = fc.oneof(
  fc.constantFrom(
    1, 0, -2.5, 86000, true, false, null, '', 'x', 'Mechelen', 'nl', 'en-GB', 'sr-Latn', 'english', 'en_US', 'de-1996-1996', 'BE', 'be', 'XX',
    '2016', '2016-10', '2016-10-15', '2019-02-30', '2019-02-29', '2020-02-29', '2019-13', '19', 'ongoing', 'someday',
    'https://example.org/a', '/a', '//cdn.example.org/x', '//', 'http://', 'https://[::1/', 'javascript:alert(1)', 'data:x', 'youth-work', 'Youth Work',
    'population', 'people', 'percent', 'about', 'planned', 'finished', 's1', 'i1', 'nope', 'bad id', 'x'.repeat(20_001),
    [], ['s1'], ['nope'], ['s1', 's1'], {}, { nl: 'Tekst' }, { nl: 'Tekst', en: 'Text' }, { dutch: 'x' }, { nl: 42 },
    { id: 's1', title: 'T' }, { id: 'i1', title: 'T', start: '2016', end: '2015' }, { id: 'q', text: 'Q', author: { name: 'A' } }, { name: 'A' }, { value: 3 },
    { kind: 'area', value: 65.19, unit: 'km2', sources: ['s1'] }, { href: '/a', label: 'L' }, { src: '/a.jpg', alt: 'A' },
  ),
  fc.integer({ min: 51, max: 60 }).map((n) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`en-${String.fromCharCode(65 + (i % 26), 65 + Math.floor(i / 26))}`, 'x']))),
);
const key = fc.constantFrom('id', 'title', 'name', 'label', 'kind', 'value', 'sources', 'start', 'end', 'lang', 'href', 'text', 'author', 'nmae', 'x-note', 'X-note', 'nl', 'en', 'toString');
// replace: any place; same-key: a place with that key (a date where dates go); add-key: a key added to
// an object; duplicate: an entry of a list twice.
const change = fc.oneof(
  fc.record({ at: fc.nat(), kind: fc.constantFrom('replace', 'same-key', 'add-key', 'delete', 'duplicate'), value, key }),
  // Values that fit the JSON Schema where they go, and may break a rule beyond it.
  fc.record({
    at: fc.nat(),
    kind: fc.constant('same-key'),
    key: fc.constantFrom('start', 'end', 'date', 'asOf', 'lang', 'href', 'url', 'src', 'id'),
    value: fc.constantFrom('2019-02-30', '1000', '9999-12', 'de-1996-1996', 'https://[::1/', '//a:99999/', 's1', 'i1', 'motto', 'nope'),
  }),
);

/** Every place in a JSON tree: the object or list and the key or index in it. */
function places(root) {
  const found = [];
  const walk = (node) => {
    if (node === null || typeof node !== 'object') return;
    for (const [name, child] of Object.entries(node)) {
      found.push({ parent: node, key: Array.isArray(node) ? Number(name) : name });
      walk(child);
    }
  };
  walk(root);
  return found;
}

function changed(document, changes) {
  for (const { at, kind, value: next, key: name } of changes) {
    const all = places(document).filter((place) => kind !== 'same-key' || place.key === name);
    if (!all.length) continue;
    const { parent, key: place } = all[at % all.length];
    if (kind === 'replace' || kind === 'same-key') parent[place] = structuredClone(next);
    else if (kind === 'delete' && !Array.isArray(parent)) delete parent[place];
    else if (kind === 'duplicate' && Array.isArray(parent)) parent.push(structuredClone(parent[place]));
    else if (!Array.isArray(parent)) parent[name] = structuredClone(next);
  }
  return document;
}

const RUNS = 3000;
const seen = { both: 0, neither: 0, beyond: 0 };
const disagreements = [];
const samplesAndCases = [...samples.map((name) => JSON.parse(readFileSync(join(samplesDir, name), 'utf8'))), ...documents];
fc.assert(
  fc.property(fc.nat(samplesAndCases.length - 1), fc.array(change, { minLength: 0, maxLength: 3 }), (index, changes) => {
    const document = changed(structuredClone(samplesAndCases[index]), changes);
    const valid = validate(document);
    const own = validateStory(document);
    if (own.ok && !valid) disagreements.push(`validate() accepts what the JSON Schema rejects: ${JSON.stringify(validate.errors.slice(0, 2))} in ${JSON.stringify(document).slice(0, 300)}`);
    if (valid && !own.ok) {
      const others = own.issues.filter((issue) => issue.path && !BEYOND_JSON_SCHEMA.some((pattern) => pattern.test(issue.message)));
      if (others.length) disagreements.push(`validate() rejects, beyond the JSON Schema: ${JSON.stringify(others.slice(0, 2))} in ${JSON.stringify(document).slice(0, 300)}`);
    }
    seen[own.ok && valid ? 'both' : !own.ok && !valid ? 'neither' : 'beyond'] += 1;
  }),
  { numRuns: RUNS, seed: 20_161_015 },
);
result(
  disagreements.length === 0 && seen.both > RUNS / 10 && seen.neither > RUNS / 10 && seen.beyond > RUNS / 100,
  `${RUNS} generated documents: validate() and the JSON Schema agree (both accept ${seen.both}, both reject ${seen.neither}, ` +
    `validate() alone rejects ${seen.beyond}, each for a rule beyond JSON Schema)${disagreements.length ? `: ${disagreements.length} disagree, e.g. ${disagreements.slice(0, 3).join('; ')}` : ''}`,
);

finish();
