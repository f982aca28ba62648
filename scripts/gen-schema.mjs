// Writes dist/civic-story.schema.json (JSON Schema draft 2020-12) from the rules in
// src/schema/schema.ts, the same ones validate() runs. esbuild bundles the TypeScript into a temporary
// module that is imported here; jsonSchemaOf() below converts the rules; then the few rules a rule
// does not state as data (closed objects with x- extensions, a fact's kind-or-label) are added, with
// descriptions for editors. Rules across the document (unique ids, source references, end after start, real calendar
// dates, finite numbers) are only in validate(); the descriptions say so. gen-schema-editor.mjs adds
// what editors show: markdown descriptions, examples, human error messages and snippets.
//
//   node scripts/gen-schema.mjs [output file]     (default: dist/civic-story.schema.json)
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { addEditorHelp } from './gen-schema-editor.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const output = resolve(root, process.argv[2] ?? 'dist/civic-story.schema.json');

const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));

/** Versioned: the schema of this release, where the published package serves it. */
export const SCHEMA_ID = `https://unpkg.com/civic-story@${version}/dist/civic-story.schema.json`;

/** The schema module, bundled from TypeScript and imported. */
export async function loadSchemaModule() {
  const bundle = await esbuild.build({
    stdin: {
      contents: "export * from './src/schema/index.ts'; export { definitions, PlainString, StoryRule } from './src/schema/schema.ts';",
      resolveDir: root,
      loader: 'ts',
      sourcefile: 'gen-schema-entry.ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  const dir = mkdtempSync(join(tmpdir(), 'civic-story-schema-'));
  try {
    const file = join(dir, 'schema.mjs');
    writeFileSync(file, bundle.outputFiles[0].text);
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const descriptions = {
  Text: 'Content text: a string in the document\'s "lang", or translations keyed by language tag, e.g. {"nl": "…", "en": "…"}.',
  Translations: 'Translations of one text: 1 to 50 language tags, each with its text.',
  LanguageTag: 'A BCP 47 language tag: language (2-3 letters), optional script, region and variants, e.g. "nl", "en-GB", "sr-Latn".',
  IsoDate: 'An ISO 8601 date at the precision known: "2001", "2016-10" or "2016-10-15". Must be a real calendar date (no 2019-02-30).',
  Url: 'An http:, https: or relative URL. Other schemes (javascript:, data:, file:, …) are rejected.',
  Id: 'An id: 1 to 100 letters, digits, ".", "_", ":" or "-", starting with a letter or digit. Unique within its list.',
  CountryCode: 'An ISO 3166-1 alpha-2 country code, in capitals (XK for Kosovo is accepted too).',
  City: 'The city the story is about.',
  Leader: 'The mayor or other leader of the city.',
  CityImage: 'A picture of the city, with its text alternative.',
  Fact: 'A key figure. Give a "kind" for the well-known figures, or a "label" for any other. Every id in "sources" must be the id of an entry in the document\'s "sources".',
  Link: 'A link to more about the city.',
  Category: 'A category the document names: initiatives refer to it by its id. Its label is shown in the reader\'s language when given; otherwise the components use their own label for the well-known ids (housing, education, safety, public-space, civil-society, policing, diversity, youth, welfare, partnership, international, governance), then this label in another language, then the id.',
  Initiative: 'One initiative on the timeline. "end" may not lie before "start". Every id in "sources" must be the id of an entry in the document\'s "sources".',
  Quote: 'A quote, in the language it was said ("lang"), with translations if wanted.',
  QuoteAuthor: 'Who said it.',
  Source: 'A source that facts, initiatives and quotes cite by its id.',
};

const propertyDescriptions = {
  '': {
    $schema: 'The URL of this JSON Schema, for completion in editors.',
    version: 'The version of the story format: 1.',
    lang: 'The language of the plain-string texts in the document.',
    categories: 'Labels for the categories of the initiatives, at most 200, ids unique. Optional: an initiative may use a category not listed.',
    initiatives: 'At most 2,000 initiatives, shown on <civic-timeline>.',
    quotes: 'At most 200 quotes, shown by <civic-quote>.',
    sources: 'At most 200 sources. Their ids must be unique.',
  },
  Category: {
    id: 'A slug such as "youth-work": lowercase letters, digits and "-", at most 40 characters.',
    label: 'The label readers see, e.g. {"nl": "Jeugdwerk", "en": "Youth work"}.',
  },
  Fact: {
    kind: 'A well-known figure; the components label it in the reader\'s language.',
    label: 'The label of the figure; required when "kind" is absent.',
    value: 'A number (formatted in the reader\'s language) or a text.',
    unit: 'The unit of a number.',
    approx: 'Whether the number is approximate, a lower or an upper bound.',
    asOf: 'The date the figure applies to.',
    sources: 'Ids of the sources of this figure.',
  },
  Initiative: {
    end: 'A date, or "ongoing". Not before "start".',
    category: 'A slug such as "youth-work": lowercase letters, digits and "-", at most 40 characters. Name it in the document\'s "categories" to give it a label.',
    partners: 'The organisations involved, at most 200.',
  },
};

/**
 * The JSON Schema of a rule: `$ref` to the named definition it is, else its own form. Left out, as
 * JSON Schema cannot state them: a rule's `check` (real calendar dates, tags Intl knows, URLs that
 * parse) and an object's `across` (the rules across keys and the document); every JSON number is finite.
 */
function jsonSchemaOf(rule, parts, top = false) {
  const { definitions, PlainString, MAX_LANGUAGES } = parts;
  if (!top) {
    const name = Object.keys(definitions).find((key) => definitions[key] === rule);
    if (name) return { $ref: `#/$defs/${name}` };
  }
  const of = (inner) => jsonSchemaOf(inner, parts);
  switch (rule.kind) {
    case 'string': {
      const schema = { type: 'string' };
      if (rule.max !== undefined) schema.maxLength = rule.max;
      if (rule.pattern) schema.pattern = rule.pattern.source;
      return rule.or === undefined ? schema : { anyOf: [{ const: rule.or }, schema] };
    }
    case 'enum':
      return rule.options.length === 1 ? { const: rule.options[0] } : { enum: [...rule.options], type: 'string' };
    case 'list':
      return { type: 'array', items: of(rule.item), maxItems: rule.max };
    case 'text':
      return { anyOf: [of(PlainString), of(definitions.Translations)] };
    case 'value':
      return { anyOf: [{ type: 'number' }, of(PlainString), of(definitions.Translations)] };
    case 'translations':
      return { type: 'object', propertyNames: of(definitions.LanguageTag), additionalProperties: of(PlainString), minProperties: 1, maxProperties: MAX_LANGUAGES };
    case 'object': {
      const entries = Object.entries(rule.entries);
      const properties = Object.fromEntries(entries.map(([key, entry]) => [key, of(entry.kind === 'optional' ? entry.rule : entry)]));
      const required = entries.filter(([, entry]) => entry.kind !== 'optional').map(([key]) => key);
      return { type: 'object', properties, required };
    }
    default:
      throw new Error(`gen-schema: no JSON Schema for a rule of kind ${rule.kind}`);
  }
}

/** Every object with declared properties is closed: only those, plus x- extensions. */
function closeObjects(node) {
  if (Array.isArray(node)) {
    node.forEach(closeObjects);
    return;
  }
  if (!node || typeof node !== 'object') return;
  if (node.type === 'object' && node.properties) {
    node.patternProperties = { '^x-': {} };
    node.additionalProperties = false;
    if (node.required?.length === 0) delete node.required;
  }
  for (const value of Object.values(node)) closeObjects(value);
}

function describe(schema, text) {
  // Put the description first, where it reads best in the file.
  const copy = { description: text, ...schema };
  for (const key of Object.keys(schema)) delete schema[key];
  Object.assign(schema, copy);
}

export async function generateJsonSchema() {
  const parts = await loadSchemaModule();
  const $schema = 'https://json-schema.org/draft/2020-12/schema';
  const story = jsonSchemaOf(parts.StoryRule, parts, true);
  const $defs = Object.fromEntries(Object.entries(parts.definitions).map(([name, rule]) => [name, jsonSchemaOf(rule, parts, true)]));
  closeObjects(story);
  closeObjects($defs);

  $defs.Fact.anyOf = [{ required: ['kind'] }, { required: ['label'] }];
  for (const [name, text] of Object.entries(descriptions)) describe($defs[name], text);
  for (const [name, properties] of Object.entries(propertyDescriptions)) {
    const schema = name ? $defs[name] : story;
    for (const [key, text] of Object.entries(properties)) describe(schema.properties[key], text);
  }

  return addEditorHelp({
    $schema,
    $id: SCHEMA_ID,
    title: 'civic-story document',
    description:
      'A story document (version 1) for the civic-story web components: a city, its initiatives, quotes and sources. ' +
      'Keys that are not part of the format must start with "x-". Beyond this schema, the validator checks that ids are unique ' +
      'within each list (categories included), that every source reference resolves, that dates are real calendar dates and that an initiative does not end before it starts.',
    ...story,
    $defs,
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const schema = await generateJsonSchema();
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`civic-story: wrote ${relative(root, output)} (${Object.keys(schema.$defs).length} definitions)`);
}
