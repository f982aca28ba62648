// Keeps the user documentation in step with the code, so neither can drift:
// - docs/story-document.md against dist/civic-story.schema.json: one table row per field of every
//   object (and per value type), with the same type, required-ness and limits (lengths, list sizes,
//   patterns, enums) as the schema; no documented field the schema lacks; every object closed with
//   `x-` extensions, as the page says.
// - docs/theming.md against the components' JSDoc: every `@cssprop` and `@csspart` of each element,
//   and every `--civic-*` property the styles read, is listed, with nothing listed that does not exist.
// Needs dist/ (npm run build). Prints one line per failure and, last, {"passed":N,"failed":N}.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const read = (path) => readFileSync(join(root, path), 'utf8');

let passed = 0;
let failed = 0;
function check(ok, message) {
  if (ok) passed += 1;
  else {
    failed += 1;
    console.log(`✗ ${message}`);
  }
}

// Markdown --------------------------------------------------------------------------------------

/** The page split into sections by heading: [{ level, title, lines }]. Fenced code is left out. */
function sections(markdown) {
  const result = [{ level: 0, title: '', lines: [] }];
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^```/.test(line)) fenced = !fenced;
    if (fenced || /^```/.test(line)) continue;
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) result.push({ level: heading[1].length, title: heading[2].trim(), lines: [] });
    else result.at(-1).lines.push(line);
  }
  return result;
}

/** The rows of every table in some lines, as objects keyed by the lowercased header cells. */
function tableRows(lines) {
  const rows = [];
  let header;
  for (const line of lines) {
    if (!line.trim().startsWith('|')) {
      header = undefined;
      continue;
    }
    const cells = line.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/).map((cell) => cell.trim());
    if (!header) header = cells.map((cell) => cell.toLowerCase());
    else if (!cells.every((cell) => /^:?-+:?$/.test(cell))) rows.push(Object.fromEntries(header.map((key, i) => [key, cells[i] ?? ''])));
  }
  return rows;
}

const code = (cell) => /^`([^`]+)`$/.exec(cell.trim())?.[1];
const number = (text) => Number(text.replace(/,/g, ''));

// The story document ------------------------------------------------------------------------------

const schema = JSON.parse(read('dist/civic-story.schema.json'));
const defs = schema.$defs;
const refName = (ref) => ref.replace('#/$defs/', '');

/** A schema node as the tables describe it: its type names and its own limits. */
function describe(node) {
  if (node.$ref) return { types: [refName(node.$ref)], limits: [] };
  if ('const' in node) return { types: [JSON.stringify(node.const)], limits: [] };
  // The generator writes a date inline where it sits in a union (Initiative.end): the same rule as IsoDate.
  if (node.type === 'string' && node.pattern === defs.IsoDate.pattern && Object.keys(node).length === 2) return { types: ['IsoDate'], limits: [] };
  if (node.anyOf) {
    const parts = node.anyOf.map(describe);
    return { types: parts.flatMap((part) => part.types), limits: parts.flatMap((part) => part.limits) };
  }
  const limits = [];
  if (node.enum) limits.push(node.enum.length > 20 ? `one of ${node.enum.length} values` : `one of ${[...node.enum].sort().join(', ')}`);
  if (node.maxLength !== undefined) limits.push(`max length ${node.maxLength}`);
  if (node.minLength !== undefined) limits.push(`min length ${node.minLength}`);
  if (node.pattern !== undefined) limits.push(`pattern ${node.pattern}`);
  if (node.maxItems !== undefined) limits.push(`max items ${node.maxItems}`);
  if (node.minItems !== undefined) limits.push(`min items ${node.minItems}`);
  if (node.minProperties !== undefined) limits.push(`min languages ${node.minProperties}`);
  if (node.maxProperties !== undefined) limits.push(`max languages ${node.maxProperties}`);
  if (node.type === 'array') {
    const items = describe(node.items);
    return { types: items.types.map((type) => `${type}[]`), limits: [...limits, ...items.limits.map((limit) => `each ${limit}`)] };
  }
  if (node.type === 'object' && node.additionalProperties && typeof node.additionalProperties === 'object') {
    limits.push(...describe(node.additionalProperties).limits.map((limit) => `each ${limit}`));
  }
  return { types: [node.type ?? 'any'], limits };
}

/** The limits written in a table cell, in describe()'s terms; `rest` is text that said nothing known. */
function parseLimits(cell, name, page) {
  let text = cell;
  const limits = [];
  const take = (pattern, make) => {
    text = text.replace(pattern, (...match) => {
      limits.push(...[make(...match)].flat());
      return '';
    });
  };
  take(/one of ([\d,]+) (?:codes|values)/g, (_, n) => `one of ${number(n)} values`);
  take(/one of ((?:`[^`]+`(?:,\s*|\s+and\s+)?)+)/g, (_, list) => `one of ${[...list.matchAll(/`([^`]+)`/g)].map((m) => m[1]).sort().join(', ')}`);
  take(/each ≤ ([\d,]+) characters/g, (_, n) => `each max length ${number(n)}`);
  take(/≤ ([\d,]+) characters/g, (_, n) => `max length ${number(n)}`);
  take(/≤ ([\d,]+) items/g, (_, n) => `max items ${number(n)}`);
  take(/([\d,]+) to ([\d,]+) languages/g, (_, a, b) => [`min languages ${number(a)}`, `max languages ${number(b)}`]);
  take(/pattern `([^`]+)`/g, (_, pattern) => `pattern ${pattern}`);
  take(/pattern \(below\)/g, () => {
    // The pattern is written out in a list item "- `Name`: `pattern`" of the same page.
    const line = page.split('\n').find((l) => l.startsWith(`- \`${name}\`: \``));
    const pattern = line && /^- `[^`]+`: `([^`]+)`/.exec(line)?.[1];
    return pattern ? `pattern ${pattern}` : `pattern (not written out for ${name})`;
  });
  return { limits, rest: text.replace(/[\s,;.]/g, '') };
}

const sameSet = (a, b) => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
const show = (list) => (list.length ? list.join('; ') : 'none');

const page = read('docs/story-document.md');
const pageSections = sections(page);

// Objects: the document itself ("Story") and every $defs entry with properties.
const objects = { Story: schema };
for (const [name, def] of Object.entries(defs)) if (def.type === 'object' && def.properties) objects[name] = def;

for (const [name, def] of Object.entries(objects)) {
  const where = name === 'Story' ? 'the document' : name;
  check(def.additionalProperties === false && def.patternProperties?.['^x-'] !== undefined, `${where}: the schema does not close the object with x- extensions, as the page says`);
  const section = pageSections.find((s) => s.level === 3 && s.title === name);
  if (!section) {
    check(false, `docs/story-document.md has no "### ${name}" section for ${where}`);
    continue;
  }
  const rows = tableRows(section.lines).filter((row) => row.field !== undefined);
  const documented = new Map(rows.map((row) => [code(row.field), row]));
  const either = new Set((def.anyOf ?? []).flatMap((branch) => (branch.required?.length === 1 ? branch.required : [])));
  for (const [key, node] of Object.entries(def.properties)) {
    const path = `${name}.${key}`;
    const row = documented.get(key);
    if (!row) {
      check(false, `${path} is in the schema but has no row in docs/story-document.md`);
      continue;
    }
    documented.delete(key);
    const expected = describe(node);
    const types = row.type.split(/\s+or\s+/).map((part) => code(part) ?? part.trim());
    check(sameSet(types, expected.types), `${path}: documented type ${show(types)}, the schema has ${show(expected.types)}`);
    const required = either.has(key) ? 'either' : def.required?.includes(key) ? 'yes' : 'no';
    check(row.required === required, `${path}: documented as required "${row.required}", the schema says "${required}"`);
    const { limits, rest } = parseLimits(row.limits, key, page);
    check(!rest, `${path}: limits text not understood: "${row.limits}"`);
    check(sameSet(limits, expected.limits), `${path}: documented limits ${show(limits)}, the schema has ${show(expected.limits)}`);
  }
  for (const key of documented.keys()) check(false, `${name}.${key} is documented but not in the schema`);
}

// Value types: every $defs entry without properties, one row each in "## Value types".
const valueSection = pageSections.find((s) => s.level === 2 && s.title === 'Value types');
const valueRows = new Map((valueSection ? tableRows(valueSection.lines) : []).map((row) => [code(row.name), row]));
check(!!valueSection, 'docs/story-document.md has no "## Value types" section');
for (const [name, def] of Object.entries(defs)) {
  if (objects[name]) continue;
  const row = valueRows.get(name);
  if (!row) {
    check(false, `value type ${name} is in the schema but has no row under "Value types"`);
    continue;
  }
  valueRows.delete(name);
  const expected = describe(def);
  const types = row.type.split(/\s+or\s+/).map((part) => code(part) ?? part.trim());
  check(sameSet(types, expected.types), `${name}: documented type ${show(types)}, the schema has ${show(expected.types)}`);
  const { limits, rest } = parseLimits(row.limits, name, page);
  check(!rest, `${name}: limits text not understood: "${row.limits}"`);
  check(sameSet(limits, expected.limits), `${name}: documented limits ${show(limits)}, the schema has ${show(expected.limits)}`);
}
for (const name of valueRows.keys()) check(false, `value type ${name} is documented but not in the schema`);

// Every object documented is one the schema has.
for (const section of pageSections) {
  if (section.level === 3 && tableRows(section.lines).some((row) => row.field !== undefined)) {
    check(!!objects[section.title], `"### ${section.title}" documents an object the schema does not have`);
  }
}

// Theming ---------------------------------------------------------------------------------------

function sourceFiles(dir) {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return name === 'locales' || name === 'test' ? [] : sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Per element tag: its custom properties and parts, from the class JSDoc. */
const elements = new Map();
const usedProperties = new Set();
for (const file of sourceFiles('src')) {
  const text = read(file);
  for (const match of text.matchAll(/var\(\s*(--civic-[a-z0-9-]+)/g)) usedProperties.add(match[1]);
  for (const block of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const tag = /@tag(?:name)?\s+([a-z][a-z0-9-]*)/.exec(block[0])?.[1];
    if (!tag) continue;
    elements.set(tag, {
      file: relative(root, join(root, file)),
      props: [...block[0].matchAll(/@cssprop\s+(--[a-z0-9-]+)/g)].map((m) => m[1]),
      parts: [...block[0].matchAll(/@csspart\s+([a-z0-9-]+)/g)].map((m) => m[1]),
    });
  }
}
check(elements.size > 0, 'no element with @tag or @tagname found in src/');

const theming = read('docs/theming.md');
const themingSections = sections(theming);
const short = (tag) => tag.replace(/^civic-/, '');

// Custom properties: one row per property in "## Custom properties", with the elements it applies to.
const propSection = themingSections.find((s) => s.level === 2 && s.title === 'Custom properties');
check(!!propSection, 'docs/theming.md has no "## Custom properties" section');
const propRows = new Map((propSection ? tableRows(propSection.lines) : []).map((row) => [code(row.property), row]));
const allProps = new Map();
for (const [tag, element] of elements) for (const prop of element.props) allProps.set(prop, [...(allProps.get(prop) ?? []), short(tag)]);
for (const [prop, tags] of allProps) {
  const row = propRows.get(prop);
  if (!row) {
    check(false, `${prop} (@cssprop of ${tags.join(', ')}) is not listed in docs/theming.md`);
    continue;
  }
  const listed = row.elements.split(/,\s*/).map((name) => name.trim());
  check(sameSet(listed, tags), `${prop}: docs/theming.md lists it for ${show(listed)}, the JSDoc for ${show(tags)}`);
}
for (const prop of propRows.keys()) check(allProps.has(prop), `${prop} is listed in docs/theming.md but no element declares it (@cssprop)`);
for (const prop of usedProperties) check(allProps.has(prop), `${prop} is read by the styles but no element declares it (@cssprop)`);

// Parts: "## Parts", then "### `<civic-…>`" with one row per part.
for (const [tag, element] of elements) {
  const section = themingSections.find((s) => s.level === 3 && s.title === `\`<${tag}>\``);
  if (!section) {
    check(false, `docs/theming.md has no "### \`<${tag}>\`" section for its parts`);
    continue;
  }
  const listed = tableRows(section.lines).map((row) => code(row.part)).filter(Boolean);
  for (const part of element.parts) check(listed.includes(part), `<${tag}> part "${part}" (${element.file}) is not listed in docs/theming.md`);
  for (const part of listed) check(element.parts.includes(part), `<${tag}> part "${part}" is listed in docs/theming.md but not declared (@csspart)`);
}

console.log(`docs: ${Object.keys(objects).length} objects and ${Object.keys(defs).length - (Object.keys(objects).length - 1)} value types against the schema; ${allProps.size} custom properties and the parts of ${elements.size} elements against the JSDoc`);
console.log(JSON.stringify({ passed, failed }));
process.exitCode = failed ? 1 : 0;
