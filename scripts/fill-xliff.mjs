// Fills the <target>s of xliff/*.xlf from translation fragments (xliff/fragments/*.json:
// { "<msg id>": { "source": "…", "nl": "…", "sv": "…", … } }, placeholders written as ${expr} exactly
// as in the str`` template). Run after `lit-localize extract`, then `lit-localize build`.
// The XLIFF files stay the source of truth; fragments are a convenient way to add many strings.
// Plural messages (`….zero`, `….one`, `….two`, `….few`, `….many`, `….other`) need a translation only
// for the categories the locale's Intl.PluralRules can choose: Dutch never asks for `.two`.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';

/** Messages of the authoring tools (the command, the story editor), kept out of the elements' locale modules. */
const AUTHORING = /^(authoring|cli)\./;
/** The validator's and the loader's error messages: a module of their own per locale, loaded only when there is an error to show. */
const ERRORS = /^(schema|load)\./;
const pluralCategory = (id) => /\.(zero|one|two|few|many|other)$/.exec(id)?.[1];
const reachable = (locale, category) => new Intl.PluralRules(locale).resolvedOptions().pluralCategories.includes(category);

// `--prune`, after `lit-localize build`: drop from src/i18n/locales/*.ts the plural forms a locale can
// never choose (lit-localize fills them with the English text), and the elided date ranges
// (`date.range.elided-*`) of a locale without elision (`date.elision` is "-"), so no page downloads them.
if (process.argv.includes('--prune')) {
  for (const file of readdirSync('src/i18n/locales').filter((name) => name.endsWith('.ts'))) {
    const locale = file.replace(/\.ts$/, '');
    const path = `src/i18n/locales/${file}`;
    const lines = readFileSync(path, 'utf8').split('\n');
    const elides = !lines.some((line) => line.trim() === "'date.elision': `-`,");
    const kept = lines.filter((line) => {
      const id = /^\s*'([^']+)': /.exec(line)?.[1];
      if (!id) return true;
      if (!elides && id.startsWith('date.range.elided-')) return false;
      const category = pluralCategory(id);
      return !category || reachable(locale, category);
    });
    // The authoring tools' messages (`authoring.*`, `cli.*`) move to src/authoring/locales/: the
    // elements' locale modules never carry them (src/authoring/localize.ts merges them back in). The
    // error messages (`schema.*`, `load.*`) move to src/i18n/error-locales/, which localization.ts
    // loads beside the locale only when they are wanted.
    const own = [];
    const errors = [];
    const elements = [];
    let target = elements;
    for (const line of kept) {
      const id = /^\s*'([^']+)': /.exec(line)?.[1];
      if (id) target = AUTHORING.test(id) ? own : ERRORS.test(id) ? errors : elements;
      else if (/^\s*};\s*$/.test(line)) target = elements;
      target.push(line);
    }
    const start = elements.findIndex((line) => /export const templates = \{/.test(line)) + 1;
    // lit-localize indents the first entry only.
    const indentFirst = (entries) => entries.map((line, index) => (index === 0 ? `      ${line.trimStart()}` : line.replace(/^\s+(?=')/, '')));
    elements.splice(start, elements.length, ...indentFirst(elements.slice(start)));
    writeFileSync(path, elements.join('\n'));
    const header = elements.slice(0, start);
    mkdirSync('src/authoring/locales', { recursive: true });
    writeFileSync(`src/authoring/locales/${file}`, [...header, ...indentFirst(own), '    };', ''].join('\n'));
    mkdirSync('src/i18n/error-locales', { recursive: true });
    writeFileSync(`src/i18n/error-locales/${file}`, [...header, ...indentFirst(errors), '    };', ''].join('\n'));
    if (kept.length < lines.length) console.log(`${locale}: pruned ${lines.length - kept.length} messages the locale never uses`);
  }
  process.exit(0);
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unescapeAttr = (text) => text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

const fragments = {};
for (const file of readdirSync('xliff/fragments').filter((name) => name.endsWith('.json'))) {
  Object.assign(fragments, JSON.parse(readFileSync(`xliff/fragments/${file}`, 'utf8')));
}

let missing = 0;
for (const file of readdirSync('xliff').filter((name) => name.endsWith('.xlf'))) {
  const locale = file.replace(/\.xlf$/, '');
  let xml = readFileSync(`xliff/${file}`, 'utf8');
  xml = xml.replace(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(\s*<target>[\s\S]*?<\/target>)?/g, (unit, id, source, existing) => {
    const translation = fragments[id]?.[locale];
    const category = pluralCategory(id);
    const unreachable = category && !reachable(locale, category);
    if (translation === undefined) {
      if (!existing && !unreachable) {
        missing += 1;
        console.warn(`${locale}: no translation for ${id}`);
      }
      return unit;
    }
    const placeholders = new Map([...source.matchAll(/<x id="\d+" equiv-text="([^"]*)"\/>/g)].map((match) => [unescapeAttr(match[1]), match[0]]));
    const parts = translation.split(/(\$\{[^}]*\})/);
    const target = parts
      .map((part) => {
        if (!/^\$\{[^}]*\}$/.test(part)) return escape(part);
        const element = placeholders.get(part);
        if (!element) throw new Error(`${locale} ${id}: placeholder ${part} is not in the source (${[...placeholders.keys()].join(', ')})`);
        return element;
      })
      .join('');
    return `<trans-unit id="${id}">\n  <source>${source}</source>\n  <target>${target}</target>`;
  });
  writeFileSync(`xliff/${file}`, xml);
}
console.log(missing ? `${missing} translations missing` : 'every message is translated');
process.exitCode = missing ? 1 : 0;
