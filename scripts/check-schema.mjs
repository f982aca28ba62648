// Checks the JSON Schema with an independent draft 2020-12 validator (Ajv): it must be a valid
// schema, accept every sample in samples/, and reject the documents below, each at the expected
// place. Each case is also run through validate(), which must agree. Checks dist/civic-story.schema.json
// when it exists (what ships), else a freshly generated one.
//
// Prints one line per check, then `{"passed":N,"failed":N}` as the last line; exits 1 on any failure.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
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

finish();
