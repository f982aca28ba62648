// The JSON Schema as an editor shows it: VS Code's own JSON language service (vscode-json-languageservice)
// validating and completing a story document against dist/civic-story.schema.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import service from 'vscode-json-languageservice';
import Ajv2020 from 'ajv/dist/2020.js';
import { EDITOR_KEYWORDS } from '../../scripts/gen-schema-editor.mjs';

const { getLanguageService, TextDocument } = service;
const schema = JSON.parse(readFileSync(new URL('../../dist/civic-story.schema.json', import.meta.url), 'utf8'));
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const languageService = getLanguageService({});
languageService.configure({ validate: true, schemas: [{ uri: schema.$id, fileMatch: ['*.json'], schema }] });

async function diagnostics(value) {
  const text = JSON.stringify(value, null, 2);
  const document = TextDocument.create('file:///story.json', 'json', 1, text);
  const found = await languageService.doValidation(document, languageService.parseJSONDocument(document));
  return found.map((diagnostic) => ({ at: text.slice(document.offsetAt(diagnostic.range.start), document.offsetAt(diagnostic.range.end)), message: diagnostic.message }));
}

async function completions(text, marker) {
  const document = TextDocument.create('file:///story.json', 'json', 1, text.replace(marker, ''));
  const list = await languageService.doComplete(document, document.positionAt(text.indexOf(marker)), languageService.parseJSONDocument(document));
  return list.items.map((item) => item.label);
}

test('$id names this release of the schema', () => {
  assert.equal(schema.$id, `https://unpkg.com/civic-story@${version}/dist/civic-story.schema.json`);
});

test('wrong values get a human message, never a pattern or a list of 250 codes', async () => {
  const found = await diagnostics({
    version: 1,
    lang: 'dutch',
    city: { name: 'Mechelen', country: 'Belgium', facts: [{ kind: 'people', value: 3, asOf: '2019-13', unit: 'm2', approx: 'roughly' }] },
    initiatives: [{ id: '-x', title: 't', category: 'Youth Work', status: 'finished', end: 'soon' }],
    sources: [{ id: 's', title: 't', url: 'javascript:alert(1)' }],
  });
  const message = (at) => found.find((item) => item.at === JSON.stringify(at))?.message;
  assert.match(message('dutch'), /^Not a language tag/);
  assert.match(message('Belgium'), /^Not a country code/);
  assert.match(message('people'), /^Not a known kind/);
  assert.match(message('2019-13'), /^Not a date in the form/);
  assert.match(message('m2'), /^Not a unit/);
  assert.match(message('roughly'), /^Not an approximation/);
  assert.match(message('-x'), /^Not an id/);
  assert.match(message('Youth Work'), /^Not a category slug/);
  assert.match(message('finished'), /^Not a status/);
  // An end is a date or "ongoing" (anyOf): the service merges the alternatives into its own message.
  assert.ok(message('soon'), 'a wrong end is reported');
  assert.match(message('javascript:alert(1)'), /^Not an allowed URL/);
  for (const { at, message: text } of found.filter((item) => item.at !== '"soon"')) {
    assert.doesNotMatch(text, /pattern|\^|\\u|Valid values/, `${at}: ${text}`);
    assert.ok(text.length < 300, text);
  }
});

test('snippets for a new city, initiative, quote and source where each belongs', async () => {
  assert.ok((await completions('{ "version": 1, "city": |}', '|')).includes('New city'));
  assert.ok((await completions('{ "version": 1, "initiatives": [|] }', '|')).includes('New initiative'));
  assert.ok((await completions('{ "version": 1, "quotes": [|] }', '|')).includes('New quote'));
  assert.ok((await completions('{ "version": 1, "sources": [|] }', '|')).includes('New source'));
  assert.ok((await completions('|', '|')).includes('New story document'));
});

test('every field has a markdown description and examples, and every example is valid', () => {
  const ajv = new Ajv2020({ strict: true, strictRequired: false });
  ajv.addVocabulary(EDITOR_KEYWORDS);
  ajv.addSchema(schema);
  const objects = [['#', schema], ...Object.entries(schema.$defs).filter(([, definition]) => definition.properties).map(([name, definition]) => [`#/$defs/${name}`, definition])];
  let fields = 0;
  for (const [pointer, object] of objects) {
    for (const [key, field] of Object.entries(object.properties)) {
      fields += 1;
      assert.ok(field.markdownDescription, `${pointer}/${key}: markdownDescription`);
      assert.ok(field.examples?.length, `${pointer}/${key}: examples`);
      const validate = ajv.getSchema(`${schema.$id}${pointer}/properties/${key.replace(/\$/g, '$')}`);
      for (const example of field.examples) {
        assert.ok(validate(example), `${pointer}/${key}: example ${JSON.stringify(example)} is valid (${ajv.errorsText(validate.errors)})`);
      }
    }
  }
  assert.ok(fields >= 55, `${fields} fields`);
});
