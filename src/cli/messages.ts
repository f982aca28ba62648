// What the `civic-story` command says, in the UI language chosen with --lang or the environment.
// Commands, flags and file names are placeholders, never translated.
import { msg, str } from '@lit/localize';
import { count, plural } from '../i18n/plural.js';
import { quotedInput as q } from '../schema/messages.js';


export const unknownCommand = (name: string): string => {
  const command = q(name);
  return msg(str`Unknown command ${command}. Commands: validate, embed, import, new; civic-story --help says more.`, { id: 'cli.unknown-command' });
};

export const noCommand = (): string =>
  msg('Say what to do: civic-story validate, embed, import or new (civic-story --help says more).', { id: 'cli.no-command' });

export const unknownFlag = (flag: string, command: string): string => {
  const name = q(flag);
  return msg(str`Unknown option ${name} for ${command}; civic-story ${command} --help lists its options.`, { id: 'cli.unknown-flag' });
};

export const missingValue = (flag: string): string => {
  const name = q(flag);
  return msg(str`The option ${name} needs a value after it.`, { id: 'cli.missing-value' });
};

export const badValue = (flag: string, value: string, allowed: string): string => {
  const name = q(flag);
  const given = q(value);
  return msg(str`The option ${name} takes one of ${allowed}, not ${given}.`, { id: 'cli.bad-value' });
};

export const missingFlag = (flag: string, command: string): string => {
  const name = q(flag);
  return msg(str`civic-story ${command} needs ${name}; civic-story ${command} --help says more.`, { id: 'cli.missing-flag' });
};

export const missingFile = (command: string): string =>
  msg(str`civic-story ${command} needs a file; civic-story ${command} --help says more.`, { id: 'cli.missing-file' });

export const tooManyFiles = (command: string): string =>
  msg(str`civic-story ${command} takes one file; civic-story ${command} --help says more.`, { id: 'cli.too-many-files' });

export const exclusive = (first: string, second: string): string => {
  const [a, b] = [q(first), q(second)];
  return msg(str`Use either ${a} or ${b}, not both.`, { id: 'cli.exclusive' });
};

export const notFound = (file: string): string => {
  const name = q(file);
  return msg(str`There is no file ${name}.`, { id: 'cli.not-found' });
};

export const unreadable = (file: string, reason: string): string => {
  const name = q(file);
  return msg(str`The file ${name} could not be read (${reason}).`, { id: 'cli.unreadable' });
};

export const unwritable = (file: string, reason: string): string => {
  const name = q(file);
  return msg(str`The file ${name} could not be written (${reason}).`, { id: 'cli.unwritable' });
};

export const internal = (reason: string): string =>
  msg(str`Something went wrong inside civic-story: ${reason}. Please report it, with the command you ran.`, { id: 'cli.internal' });

export const valid = (file: string): string => msg(str`${file}: a valid story document.`, { id: 'cli.valid' });

export const problemCount = (n: number): string => {
  const shownCount = count(n);
  return plural(n, {
    one: () => msg(str`${shownCount} problem.`, { id: 'cli.problems.one' }),
    two: () => msg('Two problems.', { id: 'cli.problems.two' }),
    few: () => msg(str`${shownCount} problems.`, { id: 'cli.problems.few' }),
    many: () => msg(str`${shownCount} problems.`, { id: 'cli.problems.many' }),
    other: () => msg(str`${shownCount} problems.`, { id: 'cli.problems.other' }),
  });
};

export const notWritten = (): string => msg('Nothing was written: the document would not be valid.', { id: 'cli.not-written' });

export const added = (n: number): string => {
  const shownCount = count(n);
  return plural(n, {
    zero: () => msg('Added no entries.', { id: 'cli.added.zero' }),
    one: () => msg(str`Added ${shownCount} entry.`, { id: 'cli.added.one' }),
    two: () => msg('Added two entries.', { id: 'cli.added.two' }),
    few: () => msg(str`Added ${shownCount} entries.`, { id: 'cli.added.few' }),
    many: () => msg(str`Added ${shownCount} entries.`, { id: 'cli.added.many' }),
    other: () => msg(str`Added ${shownCount} entries.`, { id: 'cli.added.other' }),
  });
};

export const wrote = (file: string): string => msg(str`Wrote ${file}.`, { id: 'cli.wrote' });

export const help = (): string =>
  msg(
    `Usage: civic-story COMMAND [options]

Commands:
  validate FILE…   check story documents; every problem with its line:column
  embed FILE       print HTML to paste into a page
  import FILE      turn a spreadsheet (CSV or TSV) into entries of a story document
  new              start a new story document

Options for every command:
  --lang LANG      the language of the messages (en, nl, sv, fr, de, ar); default from LANG
  --help           help for a command: civic-story validate --help
  --version        the version of civic-story

Exit codes: 0 all is well, 1 problems found, 2 the command was not understood.`,
    { id: 'cli.help' },
  );

export const helpValidate = (): string =>
  msg(
    `Usage: civic-story validate FILE… [--format text|json]

Checks each story document. Each problem is printed as
  FILE:line:column  path  message
  --format json    one JSON list of { file, valid, problems: [{ path, message, line, column }] }

Exit codes: 0 every file is valid, 1 problems found, 2 the command was not understood.`,
    { id: 'cli.help.validate' },
  );

export const helpEmbed = (): string =>
  msg(
    `Usage: civic-story embed FILE --element city-profile|timeline|quote [options]

Prints HTML to paste into a page: the script tag, the element with the document and its
fallback for readers without JavaScript, and the JSON-LD for search engines.
  --element NAME   city-profile, timeline or quote
  --quote ID       for quote: which quote (default: the first)
  --inline         put the document inside the element (the default)
  --src URL        let the element load the document from URL instead
  --bundle URL     where civic-story.bundle.js is on your site (default /assets/civic-story.bundle.js)

Exit codes: 0 printed, 1 the document has problems, 2 the command was not understood.`,
    { id: 'cli.help.embed' },
  );

export const helpImport = (): string =>
  msg(
    `Usage: civic-story import FILE.csv|FILE.tsv --as initiatives|facts|quotes|sources [options]

Each row of the table becomes an entry; the first row names the columns (title, start, …;
title:nl and title:en for a text in two languages).
  --as KIND        initiatives, facts, quotes or sources
  --into DOC.json  add the rows to this story document (default: a new one)
  --out FILE       write the document to FILE (default: print it)

Nothing is written when a cell has a problem: each is printed as FILE:row:column.
Exit codes: 0 imported, 1 problems found, 2 the command was not understood.`,
    { id: 'cli.help.import' },
  );

export const helpNew = (): string =>
  msg(
    `Usage: civic-story new --city NAME [--lang LANG] [--out FILE]

Prints a new story document with one of each part, to edit: the placeholders are in [brackets].
  --city NAME      the name of the city
  --lang LANG      the language of the document (and of the messages); default en
  --out FILE       write the document to FILE (default: print it)`,
    { id: 'cli.help.new' },
  );
