// The `civic-story` command, run as a person runs it: the real bin/civic-story.mjs in a child process
// (after `npm run build`), its exit code, what it prints, and what it writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validate } from 'civic-story/schema';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin/civic-story.mjs');
const samples = ['mechelen', 'vasteras', 'borlange'].map((name) => join(root, `samples/${name}.json`));
const work = mkdtempSync(join(tmpdir(), 'civic-story-cli-'));

/** Runs the command in English unless the environment or --lang says otherwise. */
function run(args, env = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8', ...env },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function file(name, text) {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

/** No stack trace, no Node error dump: a person's mistake is one line. */
function assertNoStack(text) {
  assert.doesNotMatch(text, /\n\s+at /);
  assert.doesNotMatch(text, /Error:|node:internal/);
}

test('validate: the three samples are valid (exit 0), one line each', () => {
  const { code, out, err } = run(['validate', ...samples]);
  assert.equal(code, 0, err);
  for (const sample of samples) assert.ok(out.includes(`${sample}: a valid story document.`), out);
  assert.equal(err, '');
});

// A broken document, pretty-printed: where each problem is, counted by hand.
const broken = `{
  "version": 1,
  "lang": "nl",
  "city": {
    "name": "Mechelen",
    "country": "be"
  },
  "initiatives": [
    { "id": "a", "title": "Wonen", "start": "2016-13" },
    { "id": "b", "start": "2017" }
  ],
  "quotes": [{ "id": "q", "text": "Zo", "author": { "name": "B" }, "sources": ["nowhere"] }]
}
`;

test('validate: a broken document exits 1, each problem with its path and line:column', () => {
  const path = file('broken.json', broken);
  const { code, out } = run(['validate', path]);
  assert.equal(code, 1);
  const lines = out.trim().split('\n');
  const problem = (where) => lines.find((line) => line.includes(`  ${where}  `));
  assert.match(problem('city.country') ?? '', new RegExp(`^${path}:6:16  city\\.country  .*“BE”`));
  assert.match(problem('initiatives[0].start') ?? '', new RegExp(`^${path}:9:45  initiatives\\[0\\]\\.start  .*2016-13`));
  // Missing: the entry that lacks it.
  assert.match(problem('initiatives[1].title') ?? '', new RegExp(`^${path}:10:5  initiatives\\[1\\]\\.title  Missing required key “title”`));
  assert.match(problem('quotes[0].sources[0]') ?? '', new RegExp(`^${path}:12:80  quotes\\[0\\]\\.sources\\[0\\]  `));
  assert.equal(lines.at(-1), '4 problems.');
});

test('validate: minified JSON, a BOM and escapes in strings still give the right column', () => {
  const text = '\uFEFF{"version":1,"city":{"name":"A \\"quoted\\" \\u00e9 name","country":"xx"}}';
  const path = file('minified.json', text);
  const { code, out } = run(['validate', path]);
  assert.equal(code, 1);
  // Column 63 of the line as an editor shows it (the BOM is not a column): the value "xx".
  const column = text.indexOf('"xx"');
  assert.match(out, new RegExp(`^${path}:1:${column}  city\\.country  `, 'm'));
});

test('validate: a JSON syntax error has its line:column too', () => {
  const path = file('syntax.json', '{\n  "version": 1,\n  "city": { "name": "X", }\n}\n');
  const { code, out } = run(['validate', path]);
  assert.equal(code, 1);
  assert.match(out, new RegExp(`^${path}:3:26  \\(document\\)  Not valid JSON: a comma after the last member`, 'm'));
  const unclosed = file('unclosed.json', '{"version": 1, "lang": "nl');
  assert.match(run(['validate', unclosed]).out, new RegExp(`^${unclosed}:1:24  \\(document\\)  Not valid JSON: this text is not closed`, 'm'));
});

test('validate --format json: one list with every file, its problems, lines and columns', () => {
  const path = file('broken.json', broken);
  const { code, out } = run(['validate', '--format', 'json', samples[0], path]);
  assert.equal(code, 1);
  const report = JSON.parse(out);
  assert.equal(report.length, 2);
  assert.deepEqual(report[0], { file: samples[0], valid: true, problems: [] });
  assert.equal(report[1].valid, false);
  assert.deepEqual(
    report[1].problems.map(({ path: where, line, column }) => [where, line, column]),
    [
      ['city.country', 6, 16],
      ['initiatives[0].start', 9, 45],
      ['initiatives[1].title', 10, 5],
      ['quotes[0].sources[0]', 12, 80],
    ],
  );
  assert.ok(report[1].problems.every((problem) => typeof problem.message === 'string' && problem.message.length > 10));
});

test('usage errors exit 2 with one localized line and no stack trace', () => {
  const cases = [
    [['frobnicate'], /Unknown command “frobnicate”/],
    [['validate', '--colour'], /Unknown option “--colour” for validate/],
    [['validate', join(work, 'missing.json')], /There is no file “.*missing\.json”/],
    [['validate'], /civic-story validate needs a file/],
    [['embed', samples[0]], /civic-story embed needs “--element”/],
    [['embed', samples[0], '--element', 'map'], /The option “--element” takes one of city-profile, timeline, quote, not “map”/],
    [['embed', samples[0], '--element', 'quote', '--quote', 'nope'], /no quote with the id “nope”/],
    [['embed', samples[0], '--element', 'timeline', '--inline', '--src', '/x.json'], /Use either “--inline” or “--src”, not both/],
    [['import', 'rows.csv'], /civic-story import needs “--as”/],
    [['new'], /civic-story new needs “--city”/],
    [['new', '--city'], /The option “--city” needs a value/],
  ];
  for (const [args, message] of cases) {
    const { code, out, err } = run(args);
    assert.equal(code, 2, `${args.join(' ')}: ${err}`);
    assert.equal(out, '', args.join(' '));
    assert.equal(err.trim().split('\n').length, 1, `${args.join(' ')}: ${err}`);
    assert.match(err, /^civic-story: /);
    assert.match(err, message);
    assertNoStack(err);
  }
});

test('--help, per command, and --version', () => {
  const main = run(['--help']);
  assert.equal(main.code, 0);
  for (const command of ['validate', 'embed', 'import', 'new']) assert.match(main.out, new RegExp(`^  ${command}`, 'm'));
  for (const [command, flag] of [['validate', '--format'], ['embed', '--bundle'], ['import', '--into'], ['new', '--city']]) {
    const help = run([command, '--help']);
    assert.equal(help.code, 0);
    assert.match(help.out, new RegExp(`^Usage: civic-story ${command}`));
    assert.ok(help.out.includes(flag), `${command} --help names ${flag}`);
  }
  const version = run(['--version']);
  assert.equal(version.code, 0);
  assert.equal(version.out.trim(), JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
});

test('--lang nl, or LANG=nl_BE.UTF-8: the output in Dutch, the validator’s messages too', () => {
  const path = file('broken.json', broken);
  const byFlag = run(['validate', path, '--lang', 'nl']);
  const byEnvironment = run(['validate', path], { LANG: 'nl_BE.UTF-8' });
  for (const { code, out } of [byFlag, byEnvironment]) {
    assert.equal(code, 1);
    assert.match(out, /^4 problemen\.$/m);
    assert.match(out, /initiatives\[1\]\.title\s{2}De vereiste sleutel ‘title’ ontbreekt/);
  }
  assert.match(run(['validate', samples[0], '--lang', 'nl']).out, /een geldig verhaaldocument/);
  assert.match(run(['validate', 'missing.json', '--lang', 'nl']).err, /^civic-story: Er is geen bestand ‘missing\.json’\.$/m);
  assert.match(run(['frobnicate'], { LC_ALL: 'de_DE.UTF-8', LANG: 'en_US.UTF-8' }).err, /Unbekannter Befehl/);
  assert.match(run(['new', '--help', '--lang', 'ar']).out, /اسم المدينة/);
});

/** The parts of an embed snippet, read back. */
function snippetParts(snippet, tag) {
  const script = /^<script type="module" src="([^"]+)"><\/script>$/m.exec(snippet);
  const element = new RegExp(`<${tag}([^>]*)>([\\s\\S]*)</${tag}>`).exec(snippet);
  const inline = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(element?.[2] ?? '');
  const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(snippet);
  return { bundle: script?.[1], attributes: element?.[1] ?? '', content: element?.[2] ?? '', inline: inline?.[1], ld: ld?.[1] };
}

test('embed: script, element, escaped inline JSON, fallback and JSON-LD, for each element', () => {
  const mechelen = JSON.parse(readFileSync(samples[0], 'utf8'));
  // A title that tries to end the script and run its own.
  mechelen.city.name = 'Mechelen </script><script>alert(1)</script>';
  mechelen.initiatives[0].title = { nl: 'Wonen </SCRIPT><!-- & "quotes"', en: 'Housing' };
  const path = file('hostile.json', JSON.stringify(mechelen));
  const quoteId = mechelen.quotes[0].id;
  for (const [element, extra, visible] of [
    ['city-profile', [], 'Mechelen &#60;/script&#62;'],
    ['timeline', [], 'Wonen &#60;/SCRIPT&#62;&#60;!-- &#38; &#34;quotes&#34;'],
    ['quote', ['--quote', quoteId], mechelen.quotes[0].author.name],
  ]) {
    const { code, out, err } = run(['embed', path, '--element', element, ...extra]);
    assert.equal(code, 0, err);
    const tag = `civic-${element}`;
    const parts = snippetParts(out, tag);
    assert.equal(parts.bundle, '/assets/civic-story.bundle.js');
    assert.ok(parts.inline, `${element}: inline JSON`);
    // Nothing in the JSON can end the script or open a comment, and it reads back as the document.
    assert.doesNotMatch(parts.inline, /<|>/);
    assert.equal(JSON.parse(parts.inline).city.name, mechelen.city.name);
    assert.equal(out.match(/<script/gi).length, 3, `${element}: exactly three scripts`);
    assert.ok(parts.content.includes(visible), `${element}: the fallback shows ${visible}`);
    assert.match(parts.content, element === 'quote' ? /<figure class="civic-quote"><blockquote/ : /<section class="civic-/);
    if (element === 'quote') assert.match(parts.attributes, new RegExp(`quote="${quoteId}"`));
    const ld = JSON.parse(parts.ld);
    assert.equal(ld['@context'], 'https://schema.org');
    assert.ok(ld['@graph'].some((node) => node['@type'] === 'City' && node.name === mechelen.city.name));
    assert.doesNotMatch(parts.ld, /</);
  }
});

test('embed --src and --bundle: the element loads the document, attributes escaped; the fallback stays', () => {
  const { code, out } = run(['embed', samples[1], '--element', 'timeline', '--src', '/data/v.json?a=1&b="2"', '--bundle', '/js/civic-story.bundle.js']);
  assert.equal(code, 0);
  const parts = snippetParts(out, 'civic-timeline');
  assert.equal(parts.bundle, '/js/civic-story.bundle.js');
  assert.equal(parts.attributes, ' src="/data/v.json?a=1&#38;b=&#34;2&#34;"');
  assert.equal(parts.inline, undefined);
  assert.match(parts.content, /<section class="civic-timeline"><ol><li>/);
  assert.ok(parts.ld);
});

test('embed: the fallback speaks the page language (--lang), else the document’s', () => {
  const english = run(['embed', samples[0], '--element', 'city-profile', '--lang', 'en']).out;
  assert.match(english, /<civic-city-profile lang="en">/);
  assert.match(english, /Sources/);
  const dutch = run(['embed', samples[0], '--element', 'city-profile']).out;
  assert.match(dutch, /<civic-city-profile>/);
  assert.match(dutch, /Bronnen/);
});

test('embed: an invalid document exits 1 with its problems, and prints no snippet', () => {
  const path = file('broken.json', broken);
  const { code, out, err } = run(['embed', path, '--element', 'timeline']);
  assert.equal(code, 1);
  assert.equal(out, '');
  assert.match(err, new RegExp(`^${path}:6:16  city\\.country  `, 'm'));
});

// A table as LibreOffice Calc saves it with the Dutch defaults: semicolons, a BOM, CRLF line ends,
// quotes around a cell with a line break and doubled quotes inside.
const libreOffice =
  '\uFEFFid;title:nl;title:en;start;end;category;summary:nl;summary:en;sources\r\n' +
  'wonen;Wonen in de wijk;Housing in the neighbourhood;2016-10;ongoing;housing;"Eerste regel\r\nTweede regel met ""aanhalingstekens""";First line;kis-tien-vragen\r\n' +
  ';Buddy’s voor nieuwkomers;Buddies for newcomers;2015;2018;civil-society;;;\r\n';

test('import: a CSV saved by LibreOffice (semicolons, BOM, quoted line break, title:nl and title:en) becomes a valid document', () => {
  const csv = file('libreoffice.csv', libreOffice);
  const into = join(root, 'samples/mechelen.json');
  const out = join(work, 'imported.json');
  const { code, err } = run(['import', csv, '--as', 'initiatives', '--into', into, '--out', out]);
  assert.equal(code, 0, err);
  assert.match(err, /Added 2 entries\. Wrote .*imported\.json\./);
  const document = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(validate(document).ok, true);
  const before = JSON.parse(readFileSync(into, 'utf8')).initiatives.length;
  assert.equal(document.initiatives.length, before + 2);
  const [housing, buddies] = document.initiatives.slice(before);
  assert.deepEqual(housing.title, { nl: 'Wonen in de wijk', en: 'Housing in the neighbourhood' });
  assert.equal(housing.summary.nl, 'Eerste regel\nTweede regel met "aanhalingstekens"');
  assert.equal(housing.end, 'ongoing');
  assert.deepEqual(housing.sources, ['kis-tien-vragen']);
  // No id: one is made from the title.
  assert.equal(buddies.id, 'buddy-s-voor-nieuwkomers');
  assert.equal(buddies.end, '2018');

  // Without --into and --out: a new document, printed.
  const printed = run(['import', csv, '--as', 'initiatives']);
  assert.equal(printed.code, 1, 'sources: kis-tien-vragen is not in a new document');
  assert.match(printed.err, new RegExp(`^${csv}:2:9  sources  `, 'm'));
  const withoutSources = file('no-sources.csv', libreOffice.replace(/;sources\r\n/, '\r\n').replace(/;kis-tien-vragen\r\n/, '\r\n').replace(/;;;\r\n$/, ';;\r\n'));
  const fresh = run(['import', withoutSources, '--as', 'initiatives', '--lang', 'nl']);
  assert.equal(fresh.code, 0, fresh.err);
  assert.equal(JSON.parse(fresh.out).initiatives.length, 2);
  assert.match(fresh.err, /2 items toegevoegd/);
});

test('import: a TSV of facts, numbers as a spreadsheet writes them', () => {
  const tsv = file('facts.tsv', 'kind\tvalue\tasOf\tlabel:en\tlabel:nl\npopulation\t86000\t2016\t\t\n\t12,5\t2020\tShare of green\tAandeel groen\n');
  const { code, out, err } = run(['import', tsv, '--as', 'facts', '--into', samples[0]]);
  assert.equal(code, 0, err);
  const facts = JSON.parse(out).city.facts;
  assert.deepEqual(facts.at(-2), { kind: 'population', value: 86000, asOf: '2016' });
  assert.deepEqual(facts.at(-1), { value: 12.5, asOf: '2020', label: { en: 'Share of green', nl: 'Aandeel groen' } });
});

test('import: bad cells exit 1, each at its row:column with its reason, and nothing is written', () => {
  const csv = file(
    'bad.csv',
    'id,title,start,status,colour\r\n' + 'a,Wonen,2016-13,ongoing,\r\n' + 'a,Sport,2017,busy,\r\n' + 'c,,2018,,\r\n',
  );
  const out = join(work, 'never.json');
  const { code, err } = run(['import', csv, '--as', 'initiatives', '--out', out]);
  assert.equal(code, 1);
  assert.equal(existsSync(out), false);
  // The unknown column is reported first, alone: the header must be right before the rows are read.
  assert.match(err, new RegExp(`^${csv}:1:5  colour  Unknown column “colour”`, 'm'));
  assertNoStack(err);

  const cells = file('cells.csv', 'id,title,start,status\r\n' + 'a,Wonen,2016-13,ongoing\r\n' + 'a,Sport,2017,busy\r\n' + 'c,,2018,\r\n');
  const result = run(['import', cells, '--as', 'initiatives', '--out', out]);
  assert.equal(result.code, 1);
  assert.equal(existsSync(out), false);
  const lines = result.err.trim().split('\n');
  assert.ok(lines.some((line) => line.startsWith(`${cells}:2:3  start  Expected a date`)), result.err);
  assert.ok(lines.some((line) => line.startsWith(`${cells}:3:4  status  `) && line.includes('busy')), result.err);
  assert.ok(lines.some((line) => line.startsWith(`${cells}:3:1  id  `)), result.err);
  assert.ok(lines.some((line) => line.startsWith(`${cells}:4:2  title  Missing required key “title”`)), result.err);
  assert.match(lines.at(-1), /^4 problems\. Nothing was written: the document would not be valid\.$/);
});

test('import: an ambiguous number and an unclosed quote are reported at their cell and row', () => {
  const csv = file('numbers.csv', 'kind;value\npopulation;86.000\n');
  const { code, err } = run(['import', csv, '--as', 'facts']);
  assert.equal(code, 1);
  assert.match(err, new RegExp(`^${csv}:2:2  value  “86\\.000” could be read as a whole number or as a decimal`, 'm'));
  const unclosed = file('unclosed.csv', 'id,title\na,"Wonen\nb,Sport\n');
  const result = run(['import', unclosed, '--as', 'initiatives']);
  assert.equal(result.code, 1);
  assert.match(result.err, /:2:0\s{2}A quoted value is not closed/);
});

test('new --city Mechelen --lang nl: a valid starter document in Dutch, with every part', () => {
  const { code, out, err } = run(['new', '--city', 'Mechelen', '--lang', 'nl']);
  assert.equal(code, 0, err);
  const document = JSON.parse(out);
  assert.equal(validate(document).ok, true);
  assert.equal(document.lang, 'nl');
  assert.equal(document.city.name, 'Mechelen');
  assert.equal(document.city.facts.length, 1);
  assert.equal(document.initiatives.length, 1);
  assert.equal(document.quotes.length, 1);
  assert.equal(document.sources.length, 1);
  assert.match(document.initiatives[0].title, /^\[Vervang: /);
  // The starter validates with the command itself, and embeds.
  const path = file('new.json', out);
  assert.equal(run(['validate', path]).code, 0);
  assert.equal(run(['embed', path, '--element', 'timeline']).code, 0);
  const written = join(work, 'written.json');
  const toFile = run(['new', '--city', 'Västerås', '--lang', 'sv', '--out', written]);
  assert.equal(toFile.code, 0);
  assert.equal(JSON.parse(readFileSync(written, 'utf8')).city.name, 'Västerås');
});
