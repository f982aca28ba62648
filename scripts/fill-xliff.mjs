// Fills the <target>s of xliff/*.xlf from translation fragments (xliff/fragments/*.json:
// { "<msg id>": { "source": "…", "nl": "…", "sv": "…", … } }, placeholders written as ${expr} exactly
// as in the str`` template). Run after `lit-localize extract`, then `lit-localize build`.
// The XLIFF files stay the source of truth; fragments are a convenient way to add many strings.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

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
    if (translation === undefined) {
      if (!existing) {
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
