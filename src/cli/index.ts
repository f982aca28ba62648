// The `civic-story` command: validate, embed, import, new. Everything but the file system and the
// process lives here (bin/civic-story.mjs hands those in), so each message goes through msg().
import { embedSnippet, importTable, starterDocument, validateText } from '../authoring/index.js';
import type { TableKind, TextProblem } from '../authoring/index.js';
import { resolveUiLocale } from '../i18n/localization.js';
import { isLanguageTag } from '../schema/index.js';
import { useNodeLocale } from '../ssr/common.js';
import { VERSION } from '../version.js';
import { useAuthoringMessages } from '../authoring/localize.js';
import * as authoringMessages from '../authoring/messages.js';
import * as messages from './messages.js';

/** What the command needs of the world. */
export interface CliIo {
  /** The file's text; throws an error with a `code` (`ENOENT`, …) when it cannot. */
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
  out(text: string): void;
  err(text: string): void;
  env: Record<string, string | undefined>;
}

/** A mistake in the command line: one line on stderr, exit code 2. */
class UsageError extends Error {}
/** A file that cannot be read or written: one line on stderr, exit code 2. */
class FileError extends Error {}

type FlagSpec = Record<string, 'value' | 'switch'>;

const COMMON: FlagSpec = { lang: 'value', help: 'switch' };
const COMMANDS: Record<string, FlagSpec> = {
  validate: { format: 'value' },
  embed: { element: 'value', quote: 'value', inline: 'switch', src: 'value', bundle: 'value' },
  import: { as: 'value', into: 'value', out: 'value' },
  new: { city: 'value', out: 'value' },
};

interface Parsed {
  files: string[];
  flags: Map<string, string | true>;
}

function parse(command: string, args: readonly string[]): Parsed {
  const spec = { ...COMMON, ...COMMANDS[command] };
  const files: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      files.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-h') {
      flags.set('help', true);
      continue;
    }
    if (!arg.startsWith('--') || arg === '-') {
      if (arg.startsWith('-') && arg !== '-') throw new UsageError(messages.unknownFlag(arg, command));
      files.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = arg.slice(2, equals > 0 ? equals : undefined);
    const kind = spec[name];
    if (!kind) throw new UsageError(messages.unknownFlag(`--${name}`, command));
    if (kind === 'switch') {
      flags.set(name, true);
      continue;
    }
    const value = equals > 0 ? arg.slice(equals + 1) : args[++i];
    if (value === undefined || (equals < 0 && value.startsWith('--'))) throw new UsageError(messages.missingValue(`--${name}`));
    flags.set(name, value);
  }
  return { files, flags };
}

/** The language of the messages: --lang, else LC_ALL, LC_MESSAGES, LANG (`nl_BE.UTF-8` is Dutch). */
function messageLanguage(args: readonly string[], env: CliIo['env']): string {
  const index = args.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const given = index < 0 ? undefined : args[index]!.includes('=') ? args[index]!.slice(7) : args[index + 1];
  const tag = given || env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || 'en';
  return resolveUiLocale(tag);
}

/** Runs the command; resolves to its exit code. Never throws. */
export async function main(args: readonly string[], io: CliIo): Promise<number> {
  useAuthoringMessages();
  await useNodeLocale(messageLanguage(args, io.env));
  try {
    return await run(args, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof FileError) {
      io.err(`civic-story: ${error.message}\n`);
      return 2;
    }
    const reason = error instanceof Error ? error.message : String(error);
    io.err(`civic-story: ${messages.internal(reason)}\n`);
    if (io.env['CIVIC_STORY_DEBUG'] && error instanceof Error && error.stack) io.err(`${error.stack}\n`);
    return 1;
  }
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  if (command === '--version' || command === '-v') {
    io.out(`${VERSION}\n`);
    return 0;
  }
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    const topic = command === 'help' ? rest[0] : undefined;
    io.out(`${topic && topic in COMMANDS ? commandHelp(topic) : messages.help()}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command.startsWith('--lang')) {
    // `civic-story --lang nl validate …`: the language first.
    const skip = command.includes('=') ? 1 : 2;
    return run([...args.slice(skip), ...args.slice(0, skip)], io);
  }
  if (!(command in COMMANDS)) throw new UsageError(command.startsWith('-') ? messages.unknownFlag(command, 'civic-story') : messages.unknownCommand(command));
  const parsed = parse(command, rest);
  if (parsed.flags.has('help')) {
    io.out(`${commandHelp(command)}\n`);
    return 0;
  }
  switch (command) {
    case 'validate':
      return validateCommand(parsed, io);
    case 'embed':
      return embedCommand(parsed, io);
    case 'import':
      return importCommand(parsed, io);
    default:
      return newCommand(parsed, io);
  }
}

function commandHelp(command: string): string {
  switch (command) {
    case 'validate':
      return messages.helpValidate();
    case 'embed':
      return messages.helpEmbed();
    case 'import':
      return messages.helpImport();
    default:
      return messages.helpNew();
  }
}

function read(io: CliIo, file: string): string {
  try {
    return io.readFile(file);
  } catch (error) {
    const code = (error as { code?: unknown } | undefined)?.code;
    if (code === 'ENOENT') throw new FileError(messages.notFound(file));
    throw new FileError(messages.unreadable(file, typeof code === 'string' ? code : error instanceof Error ? error.message : String(error)));
  }
}

function write(io: CliIo, file: string, text: string): void {
  try {
    io.writeFile(file, text);
  } catch (error) {
    const code = (error as { code?: unknown } | undefined)?.code;
    throw new FileError(messages.unwritable(file, typeof code === 'string' ? code : error instanceof Error ? error.message : String(error)));
  }
}

const value = (parsed: Parsed, name: string): string | undefined => {
  const given = parsed.flags.get(name);
  return typeof given === 'string' ? given : undefined;
};

function oneOf<T extends string>(parsed: Parsed, name: string, allowed: readonly T[]): T | undefined {
  const given = value(parsed, name);
  if (given === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(given)) throw new UsageError(messages.badValue(`--${name}`, given, allowed.join(', ')));
  return given as T;
}

function required(parsed: Parsed, name: string, command: string): string {
  const given = value(parsed, name);
  if (!given) throw new UsageError(messages.missingFlag(`--${name}`, command));
  return given;
}

function oneFile(parsed: Parsed, command: string): string {
  if (!parsed.files.length) throw new UsageError(messages.missingFile(command));
  if (parsed.files.length > 1) throw new UsageError(messages.tooManyFiles(command));
  return parsed.files[0]!;
}

/** Problems of a document text, one line each: `FILE:line:column  path  message`. */
function printProblems(io: CliIo, file: string, problems: readonly TextProblem[]): void {
  for (const problem of problems) io.err(`${file}:${problem.line}:${problem.column}  ${problem.path || '(document)'}  ${problem.message}\n`);
  io.err(`${messages.problemCount(problems.length)}\n`);
}

function validateCommand(parsed: Parsed, io: CliIo): number {
  const format = oneOf(parsed, 'format', ['text', 'json'] as const) ?? 'text';
  if (!parsed.files.length) throw new UsageError(messages.missingFile('validate'));
  // Every file is read first: a missing one is a usage error before anything is reported.
  const texts = parsed.files.map((file) => [file, read(io, file)] as const);
  const results = texts.map(([file, text]) => ({ file, problems: validateText(text).problems }));
  if (format === 'json') {
    const report = results.map(({ file, problems }) => ({
      file,
      valid: problems.length === 0,
      problems: problems.map(({ path, message, line, column }) => ({ path, message, line, column })),
    }));
    io.out(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    for (const { file, problems } of results) {
      if (problems.length) {
        for (const problem of problems) io.out(`${file}:${problem.line}:${problem.column}  ${problem.path || '(document)'}  ${problem.message}\n`);
      } else {
        io.out(`${messages.valid(file)}\n`);
      }
    }
    const total = results.reduce((sum, { problems }) => sum + problems.length, 0);
    if (total) io.out(`${messages.problemCount(total)}\n`);
  }
  return results.some(({ problems }) => problems.length) ? 1 : 0;
}

async function embedCommand(parsed: Parsed, io: CliIo): Promise<number> {
  const element = oneOf(parsed, 'element', ['city-profile', 'timeline', 'quote'] as const);
  if (!element) throw new UsageError(messages.missingFlag('--element', 'embed'));
  if (parsed.flags.has('inline') && parsed.flags.has('src')) throw new UsageError(messages.exclusive('--inline', '--src'));
  const file = oneFile(parsed, 'embed');
  const checked = validateText(read(io, file));
  if (!checked.document) {
    printProblems(io, file, checked.problems);
    return 1;
  }
  const lang = value(parsed, 'lang');
  const quote = value(parsed, 'quote');
  if (quote && !(checked.document.quotes ?? []).some((candidate) => candidate.id === quote)) throw new UsageError(authoringMessages.noQuote(quote));
  // The fallback's labels in the page's language: --lang, else the document's.
  const pageLang = lang ?? checked.document.lang ?? 'en';
  await useNodeLocale(pageLang);
  const snippet = embedSnippet(checked.document, {
    element,
    ...(quote ? { quote } : {}),
    ...(value(parsed, 'src') ? { src: value(parsed, 'src')! } : {}),
    ...(value(parsed, 'bundle') ? { bundle: value(parsed, 'bundle')! } : {}),
    ...(lang ? { lang } : {}),
  });
  io.out(snippet);
  return 0;
}

function importCommand(parsed: Parsed, io: CliIo): number {
  const as = oneOf(parsed, 'as', ['initiatives', 'facts', 'quotes', 'sources'] as const satisfies readonly TableKind[]);
  if (!as) throw new UsageError(messages.missingFlag('--as', 'import'));
  const file = oneFile(parsed, 'import');
  const table = read(io, file);
  const intoFile = value(parsed, 'into');
  let into: unknown;
  if (intoFile) {
    const checked = validateText(read(io, intoFile));
    if (!checked.document) {
      printProblems(io, intoFile, checked.problems);
      return 1;
    }
    into = checked.document;
  }
  const result = importTable(table, as, into);
  if (!result.document) {
    for (const problem of result.problems) {
      const place = problem.row ? `${file}:${problem.row}:${problem.column}` : file;
      io.err(`${place}  ${problem.columnName ? `${problem.columnName}  ` : ''}${problem.message}\n`);
    }
    io.err(`${messages.problemCount(result.problems.length)} ${messages.notWritten()}\n`);
    return 1;
  }
  const json = `${JSON.stringify(result.document, null, 2)}\n`;
  const out = value(parsed, 'out');
  if (out) {
    write(io, out, json);
    io.err(`${messages.added(result.added)} ${messages.wrote(out)}\n`);
  } else {
    io.out(json);
    io.err(`${messages.added(result.added)}\n`);
  }
  return 0;
}

function newCommand(parsed: Parsed, io: CliIo): number {
  const city = required(parsed, 'city', 'new');
  const lang = value(parsed, 'lang');
  if (lang !== undefined && !isLanguageTag(lang)) throw new UsageError(messages.badValue('--lang', lang, 'en, nl, sv, fr, de, ar, …'));
  const json = `${JSON.stringify(starterDocument({ city, ...(lang ? { lang } : {}) }), null, 2)}\n`;
  const out = value(parsed, 'out');
  if (out) {
    write(io, out, json);
    io.err(`${messages.wrote(out)}\n`);
  } else {
    io.out(json);
  }
  return 0;
}
