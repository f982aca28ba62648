
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'authoring.embed.invalid': str`Het verhaaldocument heeft problemen (${0}); het eerste: ${1}`,
'authoring.embed.no-quote': str`Het document heeft geen citaat met de id ${0}.`,
'authoring.json.after-end': str`Geen geldige JSON: de tekst gaat verder na het einde van het document: ${0}.`,
'authoring.json.colon': str`Geen geldige JSON: na de sleutel werd een dubbele punt verwacht, gevonden: ${0}.`,
'authoring.json.comma-list': str`Geen geldige JSON: hier werd een komma of ] verwacht, gevonden: ${0}.`,
'authoring.json.comma-object': str`Geen geldige JSON: hier werd een komma of } verwacht, gevonden: ${0}.`,
'authoring.json.empty': `De tekst is leeg: een verhaaldocument is een JSON-object zoals {"version": 1, …}.`,
'authoring.json.end': `Geen geldige JSON: de tekst houdt op voordat het document af is (er ontbreekt een afsluitende } of ] of een ").`,
'authoring.json.key': str`Geen geldige JSON: hier werd een sleutel tussen dubbele aanhalingstekens verwacht, gevonden: ${0}.`,
'authoring.json.string-control': `Geen geldige JSON: een regeleinde of tab in tekst schrijf je als \\n of \\t.`,
'authoring.json.string-end': `Geen geldige JSON: deze tekst wordt niet afgesloten met een dubbel aanhalingsteken.`,
'authoring.json.string-escape': str`Geen geldige JSON: ${0} is geen escape die JSON kent (schrijf \\\\ voor een backslash).`,
'authoring.json.trailing-comma': `Geen geldige JSON: na het laatste onderdeel van een object mag geen komma staan.`,
'authoring.json.value': str`Geen geldige JSON: hier werd een waarde verwacht (tekst tussen dubbele aanhalingstekens, een getal, true, false, null, { … } of [ … ]), gevonden: ${0}.`,
'authoring.table.ambiguous-number': str`${0} kan gelezen worden als geheel getal of als decimaal getal: schrijf het zonder scheidingsteken voor duizendtallen (86000), of met één of twee decimalen.`,
'authoring.table.column-lang': str`Kolom ${0}: na de dubbele punt komt een taalcode, zoals in title:nl of title:en.`,
'authoring.table.duplicate-column': str`De kolom ${0} komt twee keer voor.`,
'authoring.table.empty': `De tabel is leeg: de eerste rij noemt de kolommen (bijvoorbeeld id, title, start).`,
'authoring.table.into-invalid': str`Het document waaraan de rijen worden toegevoegd heeft zelf een probleem; los dat eerst op. ${0}: ${1}`,
'authoring.table.missing-column': str`De kolom ${0} ontbreekt: elke rij heeft er een nodig.`,
'authoring.table.mixed': str`Kolom ${0} heeft geen taal, naast kolommen met een taal, en het document heeft geen "lang" die het zegt: noem de kolom zoals ${1}.`,
'authoring.table.no-rows': `De tabel heeft geen rijen onder de eerste rij (de kolomnamen).`,
'authoring.table.not-translatable': str`Kolom ${0}: dit veld is geen tekst in meerdere talen, dus het krijgt geen :taal.`,
'authoring.table.quotes': `Een waarde tussen aanhalingstekens wordt niet afgesloten: er ontbreekt een dubbel aanhalingsteken.`,
'authoring.table.unknown-column': str`Onbekende kolom ${0}. De kolommen zijn: ${1} (en x-… voor eigen gegevens).`,
'authoring.table.unnamed-column': `Deze kolom heeft waarden maar geen naam in de eerste rij.`,
'authoring.table.unreadable': `Deze rij kon niet gelezen worden als rij van de tabel.`,
'cli.added.one': str`${0} item toegevoegd.`,
'cli.added.other': str`${0} items toegevoegd.`,
'cli.bad-value': str`De optie ${0} neemt een van ${1}, niet ${2}.`,
'cli.exclusive': str`Gebruik ${0} of ${1}, niet allebei.`,
'cli.help': `Gebruik: civic-story OPDRACHT [opties]

Opdrachten:
  validate FILE…   verhaaldocumenten controleren; elk probleem met regel:kolom
  embed FILE       HTML afdrukken om in een pagina te plakken
  import FILE      een spreadsheet (CSV of TSV) omzetten in onderdelen van een verhaaldocument
  new              een nieuw verhaaldocument beginnen

Opties voor elke opdracht:
  --lang LANG      de taal van de meldingen (en, nl, sv, fr, de, ar); standaard uit LANG
  --help           hulp bij een opdracht: civic-story validate --help
  --version        de versie van civic-story

Afsluitcodes: 0 alles in orde, 1 problemen gevonden, 2 de opdracht werd niet begrepen.`,
'cli.help.embed': `Gebruik: civic-story embed FILE --element city-profile|timeline|quote [opties]

Drukt HTML af om in een pagina te plakken: de scripttag, het element met het document en de
terugvaltekst voor lezers zonder JavaScript, en de JSON-LD voor zoekmachines.
  --element NAAM   city-profile, timeline of quote
  --quote ID       bij quote: welk citaat (standaard het eerste)
  --inline         het document in het element zetten (standaard)
  --src URL        het element het document laten laden van URL
  --bundle URL     waar civic-story.bundle.js op uw site staat (standaard /assets/civic-story.bundle.js)

Afsluitcodes: 0 afgedrukt, 1 het document heeft problemen, 2 de opdracht werd niet begrepen.`,
'cli.help.import': `Gebruik: civic-story import FILE.csv|FILE.tsv --as initiatives|facts|quotes|sources [opties]

Elke rij van de tabel wordt een onderdeel; de eerste rij noemt de kolommen (title, start, …;
title:nl en title:en voor een tekst in twee talen).
  --as SOORT       initiatives, facts, quotes of sources
  --into DOC.json  de rijen aan dit verhaaldocument toevoegen (standaard: een nieuw)
  --out FILE       het document naar FILE schrijven (standaard: afdrukken)

Er wordt niets geschreven als een cel een probleem heeft: elk wordt afgedrukt als FILE:rij:kolom.
Afsluitcodes: 0 geïmporteerd, 1 problemen gevonden, 2 de opdracht werd niet begrepen.`,
'cli.help.new': `Gebruik: civic-story new --city NAAM [--lang TAAL] [--out FILE]

Drukt een nieuw verhaaldocument af met van elk onderdeel één, om te bewerken: de plaatshouders staan tussen [haken].
  --city NAAM      de naam van de stad
  --lang TAAL      de taal van het document (en van de meldingen); standaard en
  --out FILE       het document naar FILE schrijven (standaard: afdrukken)`,
'cli.help.validate': `Gebruik: civic-story validate FILE… [--format text|json]

Controleert elk verhaaldocument. Elk probleem wordt afgedrukt als
  FILE:regel:kolom  pad  melding
  --format json    één JSON-lijst van { file, valid, problems: [{ path, message, line, column }] }

Afsluitcodes: 0 elk bestand is geldig, 1 problemen gevonden, 2 de opdracht werd niet begrepen.`,
'cli.internal': str`Er ging iets mis in civic-story: ${0}. Meld het alstublieft, met de opdracht die u gaf.`,
'cli.missing-file': str`civic-story ${1} heeft een bestand nodig; civic-story ${1} --help vertelt meer.`,
'cli.missing-flag': str`civic-story ${2} heeft ${1} nodig; civic-story ${2} --help vertelt meer.`,
'cli.missing-value': str`De optie ${0} heeft een waarde erachter nodig.`,
'cli.no-command': `Zeg wat er moet gebeuren: civic-story validate, embed, import of new (civic-story --help vertelt meer).`,
'cli.not-found': str`Er is geen bestand ${0}.`,
'cli.not-written': `Er is niets geschreven: het document zou niet geldig zijn.`,
'cli.problems.one': str`${0} probleem.`,
'cli.problems.other': str`${0} problemen.`,
'cli.too-many-files': str`civic-story ${1} neemt één bestand; civic-story ${1} --help vertelt meer.`,
'cli.unknown-command': str`Onbekende opdracht ${0}. Opdrachten: validate, embed, import, new; civic-story --help vertelt meer.`,
'cli.unknown-flag': str`Onbekende optie ${0} voor ${2}; civic-story ${2} --help noemt de opties.`,
'cli.unreadable': str`Het bestand ${0} kon niet gelezen worden (${1}).`,
'cli.unwritable': str`Het bestand ${0} kon niet geschreven worden (${1}).`,
'cli.valid': str`${0}: een geldig verhaaldocument.`,
'cli.wrote': str`${0} geschreven.`,
    };
