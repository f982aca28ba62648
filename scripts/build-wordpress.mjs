// `npm run build:wordpress` (and the last step of `npm run build`): the WordPress plugin as an
// installable zip, dist/civic-story-wordpress.zip (not part of the npm package). It holds wordpress/civic-story/, a copy of
// dist/civic-story.bundle.js and the modules it loads from beside itself (civic-story.bundle.<locale>.js,
// civic-story.bundle.messages.js, civic-story.bundle.messages.<locale>.js) in assets/, and the translations compiled from the .po files: .mo for
// PHP and the JSON WordPress reads for the block's editor script. Pure Node (zlib), no zip tool.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

const SOURCE = 'wordpress/civic-story';
const SCRATCH = join(tmpdir(), `civic-story-wordpress-${process.pid}`);
const STAGE = join(SCRATCH, 'civic-story');
const ZIP = 'dist/civic-story-wordpress.zip';
const BUNDLE = 'dist/civic-story.bundle.js';
const EDITOR_HANDLE = 'civic-story-block-editor';

/** Parses a .po file: [{ context, id, str }] (the header is the entry with an empty id). */
export function parsePo(text) {
  const entries = [];
  let entry = {};
  let field;
  const unquote = (quoted) => JSON.parse(quoted.replace(/\\t/g, '\t'));
  const flush = () => {
    if (entry.id !== undefined) entries.push({ context: entry.context, id: entry.id, str: entry.str ?? '' });
    entry = {};
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const match = /^(msgctxt|msgid|msgstr)\s+(".*")$/.exec(line);
    if (match) {
      if (match[1] === 'msgctxt' || (match[1] === 'msgid' && entry.str !== undefined)) flush();
      field = { msgctxt: 'context', msgid: 'id', msgstr: 'str' }[match[1]];
      entry[field] = unquote(match[2]);
    } else if (line.startsWith('"') && field) {
      entry[field] += unquote(line);
    } else {
      throw new Error(`Cannot read .po line: ${line}`);
    }
  }
  flush();
  return entries;
}

const key = (entry) => (entry.context ? `${entry.context}\u0004${entry.id}` : entry.id);

/** A GNU .mo file (little-endian, no hash table). */
export function compileMo(entries) {
  const sorted = entries.filter((entry) => entry.str !== '' || entry.id === '').sort((a, b) => (Buffer.from(key(a)).compare(Buffer.from(key(b)))));
  const originals = sorted.map((entry) => Buffer.from(key(entry), 'utf8'));
  const translations = sorted.map((entry) => Buffer.from(entry.str, 'utf8'));
  const count = sorted.length;
  const headerSize = 28 + count * 16;
  const header = Buffer.alloc(headerSize);
  header.writeUInt32LE(0x950412de, 0);
  header.writeUInt32LE(0, 4);
  header.writeUInt32LE(count, 8);
  header.writeUInt32LE(28, 12);
  header.writeUInt32LE(28 + count * 8, 16);
  header.writeUInt32LE(0, 20);
  header.writeUInt32LE(headerSize, 24);
  const chunks = [];
  let offset = headerSize;
  const table = (strings, at) => {
    strings.forEach((string, index) => {
      header.writeUInt32LE(string.length, at + index * 8);
      header.writeUInt32LE(offset, at + index * 8 + 4);
      chunks.push(string, Buffer.from([0]));
      offset += string.length + 1;
    });
  };
  table(originals, 28);
  table(translations, 28 + count * 8);
  return Buffer.concat([header, ...chunks]);
}

/** The JSON (Jed 1.x) WordPress's wp_set_script_translations reads. */
function compileJson(entries, locale) {
  const head = entries.find((entry) => entry.id === '')?.str ?? '';
  const plural = /Plural-Forms:\s*([^\n]*)/.exec(head)?.[1] ?? 'nplurals=2; plural=(n != 1);';
  const messages = { '': { domain: 'messages', lang: locale, 'plural-forms': plural } };
  for (const entry of entries) {
    if (entry.id && entry.str && !entry.context) messages[entry.id] = [entry.str];
  }
  return JSON.stringify({ domain: 'messages', locale_data: { messages } });
}

/** A zip of `root`'s folder `name`, deflated, with fixed timestamps (a reproducible file). */
function zipFolder(root, name) {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) {
        files.push({ name: `${relative(root, path)}/`, data: null });
        walk(path);
      } else {
        files.push({ name: relative(root, path), data: readFileSync(path) });
      }
    }
  };
  files.push({ name: `${name}/`, data: null });
  walk(join(root, name));
  const time = 0; // 00:00:00
  const date = ((2026 - 1980) << 9) | (1 << 5) | 1; // 2026-01-01
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const file of files) {
    const nameBytes = Buffer.from(file.name.split('\\').join('/'), 'utf8');
    const data = file.data ?? Buffer.alloc(0);
    const packed = file.data ? deflateRawSync(data, { level: 9 }) : data;
    const method = file.data ? 8 : 0;
    const crc = file.data ? crc32(data) : 0;
    // The fields the local header and the central directory record share, in the same order.
    const writeEntryFields = (header, at) => {
      header.writeUInt16LE(method, at);
      header.writeUInt16LE(time, at + 2);
      header.writeUInt16LE(date, at + 4);
      header.writeUInt32LE(crc, at + 6);
      header.writeUInt32LE(packed.length, at + 10);
      header.writeUInt32LE(data.length, at + 14);
      header.writeUInt16LE(nameBytes.length, at + 18);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    writeEntryFields(local, 8);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by Unix
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    writeEntryFields(central, 10);
    central.writeUInt32LE(file.data ? 0o100644 * 0x10000 : 0o40755 * 0x10000 + 0x10, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const centralSize = centrals.reduce((sum, chunk) => sum + chunk.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

export function buildWordPress() {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run npm run build first.`);
  rmSync(SCRATCH, { recursive: true, force: true });
  mkdirSync(SCRATCH, { recursive: true });
  cpSync(SOURCE, STAGE, { recursive: true });
  mkdirSync(join(STAGE, 'assets'), { recursive: true });
  cpSync(BUNDLE, join(STAGE, 'assets/civic-story.bundle.js'));
  // The bundle imports from beside itself a non-English UI locale, and for an error the messages
  // (civic-story.bundle.messages.js) and their translation (civic-story.bundle.messages.<locale>.js).
  for (const file of readdirSync('dist').filter((name) => /^civic-story\.bundle\.(messages|(messages\.)?[a-z]{2,3})\.js$/.test(name))) cpSync(join('dist', file), join(STAGE, 'assets', file));
  const languages = join(STAGE, 'languages');
  for (const file of readdirSync(languages).filter((name) => name.endsWith('.po'))) {
    const locale = file.replace(/^civic-story-/, '').replace(/\.po$/, '');
    const entries = parsePo(readFileSync(join(languages, file), 'utf8'));
    writeFileSync(join(languages, `civic-story-${locale}.mo`), compileMo(entries));
    writeFileSync(join(languages, `civic-story-${locale}-${EDITOR_HANDLE}.json`), compileJson(entries, locale));
  }
  writeFileSync(ZIP, zipFolder(SCRATCH, 'civic-story'));
  rmSync(SCRATCH, { recursive: true, force: true });
  return { zip: ZIP, bytes: statSync(ZIP).size };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { zip, bytes } = buildWordPress();
  console.log(`civic-story: wrote ${zip} (${(bytes / 1024).toFixed(1)} kB)`);
}
