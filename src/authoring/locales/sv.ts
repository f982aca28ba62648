
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'authoring.embed.invalid': str`Berättelsedokumentet har problem (${0}); det första: ${1}`,
'authoring.embed.no-quote': str`Dokumentet har inget citat med id ${0}.`,
'authoring.json.after-end': str`Inte giltig JSON: texten fortsätter efter dokumentets slut: ${0}.`,
'authoring.json.colon': str`Inte giltig JSON: ett kolon väntades efter nyckeln, hittade ${0}.`,
'authoring.json.comma-list': str`Inte giltig JSON: här väntades ett kommatecken eller ], hittade ${0}.`,
'authoring.json.comma-object': str`Inte giltig JSON: här väntades ett kommatecken eller }, hittade ${0}.`,
'authoring.json.empty': `Texten är tom: ett berättelsedokument är ett JSON-objekt som {"version": 1, …}.`,
'authoring.json.end': `Inte giltig JSON: texten tar slut innan dokumentet är klart (en avslutande } eller ] eller ett " saknas).`,
'authoring.json.key': str`Inte giltig JSON: här väntades en nyckel inom dubbla citattecken, hittade ${0}.`,
'authoring.json.string-control': `Inte giltig JSON: en radbrytning eller tabb i text skrivs \\n eller \\t.`,
'authoring.json.string-end': `Inte giltig JSON: den här texten avslutas inte med ett dubbelt citattecken.`,
'authoring.json.string-escape': str`Inte giltig JSON: ${0} är ingen escape-sekvens som JSON känner till (skriv \\\\ för ett omvänt snedstreck).`,
'authoring.json.trailing-comma': `Inte giltig JSON: ett kommatecken efter ett objekts sista del är inte tillåtet.`,
'authoring.json.value': str`Inte giltig JSON: här väntades ett värde (text inom dubbla citattecken, ett tal, true, false, null, { … } eller [ … ]), hittade ${0}.`,
'authoring.table.ambiguous-number': str`${0} kan läsas som ett heltal eller som ett decimaltal: skriv det utan tusentalsavgränsare (86000), eller med en eller två decimaler.`,
'authoring.table.column-lang': str`Kolumn ${0}: efter kolonet kommer en språkkod, som i title:nl eller title:en.`,
'authoring.table.duplicate-column': str`Kolumnen ${0} förekommer två gånger.`,
'authoring.table.empty': `Tabellen är tom: dess första rad namnger kolumnerna (till exempel id, title, start).`,
'authoring.table.into-invalid': str`Dokumentet som raderna ska läggas till i har ett eget problem; rätta det först. ${0}: ${1}`,
'authoring.table.missing-column': str`Kolumnen ${0} saknas: varje rad behöver en.`,
'authoring.table.mixed': str`Kolumn ${0} har inget språk, bredvid kolumner med språk, och dokumentet har inget "lang" som anger det: döp den som ${1}.`,
'authoring.table.no-rows': `Tabellen har inga rader under den första raden (kolumnnamnen).`,
'authoring.table.not-translatable': str`Kolumn ${0}: det här fältet är ingen text på flera språk, så det tar inget :språk.`,
'authoring.table.quotes': `Ett värde inom citattecken avslutas inte: ett dubbelt citattecken saknas.`,
'authoring.table.unknown-column': str`Okänd kolumn ${0}. Kolumnerna är: ${1} (och x-… för egna uppgifter).`,
'authoring.table.unnamed-column': `Den här kolumnen har värden men inget namn på första raden.`,
'authoring.table.unreadable': `Den här raden kunde inte läsas som en rad i tabellen.`,
'cli.added.one': str`Lade till ${0} post.`,
'cli.added.other': str`Lade till ${0} poster.`,
'cli.bad-value': str`Alternativet ${0} tar ett av ${1}, inte ${2}.`,
'cli.exclusive': str`Använd antingen ${0} eller ${1}, inte båda.`,
'cli.help': `Användning: civic-story KOMMANDO [alternativ]

Kommandon:
  validate FILE…   kontrollera berättelsedokument; varje problem med rad:kolumn
  embed FILE       skriv ut HTML att klistra in på en sida
  import FILE      gör om ett kalkylark (CSV eller TSV) till poster i ett berättelsedokument
  new              börja ett nytt berättelsedokument

Alternativ för alla kommandon:
  --lang LANG      meddelandenas språk (en, nl, sv, fr, de, ar); standard från LANG
  --help           hjälp för ett kommando: civic-story validate --help
  --version        civic-storys version

Slutkoder: 0 allt är bra, 1 problem hittades, 2 kommandot förstods inte.`,
'cli.help.embed': `Användning: civic-story embed FILE --element city-profile|timeline|quote [alternativ]

Skriver ut HTML att klistra in på en sida: skripttaggen, elementet med dokumentet och
reservinnehållet för läsare utan JavaScript, och JSON-LD för sökmotorer.
  --element NAMN   city-profile, timeline eller quote
  --quote ID       för quote: vilket citat (standard: det första)
  --inline         lägg dokumentet i elementet (standard)
  --src URL        låt elementet hämta dokumentet från URL i stället
  --bundle URL     var civic-story.bundle.js finns på din webbplats (standard /assets/civic-story.bundle.js)

Slutkoder: 0 utskrivet, 1 dokumentet har problem, 2 kommandot förstods inte.`,
'cli.help.import': `Användning: civic-story import FILE.csv|FILE.tsv --as initiatives|facts|quotes|sources [alternativ]

Varje rad i tabellen blir en post; första raden namnger kolumnerna (title, start, …;
title:nl och title:en för en text på två språk).
  --as SORT        initiatives, facts, quotes eller sources
  --into DOC.json  lägg till raderna i detta berättelsedokument (standard: ett nytt)
  --out FILE       skriv dokumentet till FILE (standard: skriv ut det)

Inget skrivs när en cell har ett problem: varje skrivs ut som FILE:rad:kolumn.
Slutkoder: 0 importerat, 1 problem hittades, 2 kommandot förstods inte.`,
'cli.help.new': `Användning: civic-story new --city NAMN [--lang SPRÅK] [--out FILE]

Skriver ut ett nytt berättelsedokument med en av varje del, att redigera: platshållarna står inom [hakparenteser].
  --city NAMN      stadens namn
  --lang SPRÅK     dokumentets språk (och meddelandenas); standard en
  --out FILE       skriv dokumentet till FILE (standard: skriv ut det)`,
'cli.help.validate': `Användning: civic-story validate FILE… [--format text|json]

Kontrollerar varje berättelsedokument. Varje problem skrivs ut som
  FILE:rad:kolumn  sökväg  meddelande
  --format json    en JSON-lista med { file, valid, problems: [{ path, message, line, column }] }

Slutkoder: 0 alla filer är giltiga, 1 problem hittades, 2 kommandot förstods inte.`,
'cli.internal': str`Något gick fel i civic-story: ${0}. Rapportera det, med kommandot du körde.`,
'cli.missing-file': str`civic-story ${1} behöver en fil; civic-story ${1} --help berättar mer.`,
'cli.missing-flag': str`civic-story ${2} behöver ${1}; civic-story ${2} --help berättar mer.`,
'cli.missing-value': str`Alternativet ${0} behöver ett värde efter sig.`,
'cli.no-command': `Säg vad som ska göras: civic-story validate, embed, import eller new (civic-story --help berättar mer).`,
'cli.not-found': str`Det finns ingen fil ${0}.`,
'cli.not-written': `Inget skrevs: dokumentet skulle inte vara giltigt.`,
'cli.problems.one': str`${0} problem.`,
'cli.problems.other': str`${0} problem.`,
'cli.too-many-files': str`civic-story ${1} tar en fil; civic-story ${1} --help berättar mer.`,
'cli.unknown-command': str`Okänt kommando ${0}. Kommandon: validate, embed, import, new; civic-story --help berättar mer.`,
'cli.unknown-flag': str`Okänt alternativ ${0} för ${2}; civic-story ${2} --help listar alternativen.`,
'cli.unreadable': str`Filen ${0} kunde inte läsas (${1}).`,
'cli.unwritable': str`Filen ${0} kunde inte skrivas (${1}).`,
'cli.valid': str`${0}: ett giltigt berättelsedokument.`,
'cli.wrote': str`Skrev ${0}.`,
    };
