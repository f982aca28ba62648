
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'authoring.embed.invalid': str`Das Geschichtsdokument hat Probleme (${0}); das erste: ${1}`,
'authoring.embed.no-quote': str`Das Dokument hat kein Zitat mit der ID ${0}.`,
'authoring.json.after-end': str`Kein gültiges JSON: Der Text geht nach dem Ende des Dokuments weiter: ${0}.`,
'authoring.json.colon': str`Kein gültiges JSON: Nach dem Schlüssel wurde ein Doppelpunkt erwartet, gefunden: ${0}.`,
'authoring.json.comma-list': str`Kein gültiges JSON: Hier wurde ein Komma oder ] erwartet, gefunden: ${0}.`,
'authoring.json.comma-object': str`Kein gültiges JSON: Hier wurde ein Komma oder } erwartet, gefunden: ${0}.`,
'authoring.json.empty': `Der Text ist leer: Ein Geschichtsdokument ist ein JSON-Objekt wie {"version": 1, …}.`,
'authoring.json.end': `Kein gültiges JSON: Der Text endet, bevor das Dokument vollständig ist (eine schließende } oder ] oder ein " fehlt).`,
'authoring.json.key': str`Kein gültiges JSON: Hier wurde ein Schlüssel in doppelten Anführungszeichen erwartet, gefunden: ${0}.`,
'authoring.json.string-control': `Kein gültiges JSON: Ein Zeilenumbruch oder Tabulator im Text wird als \\n oder \\t geschrieben.`,
'authoring.json.string-end': `Kein gültiges JSON: Dieser Text wird nicht mit einem doppelten Anführungszeichen geschlossen.`,
'authoring.json.string-escape': str`Kein gültiges JSON: ${0} ist keine Escape-Folge, die JSON kennt (schreiben Sie \\\\ für einen Backslash).`,
'authoring.json.trailing-comma': `Kein gültiges JSON: Ein Komma nach dem letzten Eintrag eines Objekts ist nicht erlaubt.`,
'authoring.json.value': str`Kein gültiges JSON: Hier wurde ein Wert erwartet (Text in doppelten Anführungszeichen, eine Zahl, true, false, null, { … } oder [ … ]), gefunden: ${0}.`,
'authoring.table.ambiguous-number': str`${0} kann als ganze Zahl oder als Dezimalzahl gelesen werden: Schreiben Sie sie ohne Tausendertrennzeichen (86000) oder mit einer oder zwei Nachkommastellen.`,
'authoring.table.column-lang': str`Spalte ${0}: Nach dem Doppelpunkt folgt ein Sprachcode, wie in title:nl oder title:en.`,
'authoring.table.duplicate-column': str`Die Spalte ${0} kommt zweimal vor.`,
'authoring.table.empty': `Die Tabelle ist leer: Ihre erste Zeile benennt die Spalten (zum Beispiel id, title, start).`,
'authoring.table.into-invalid': str`Das Dokument, dem die Zeilen hinzugefügt werden, hat selbst ein Problem; beheben Sie es zuerst. ${0}: ${1}`,
'authoring.table.missing-column': str`Die Spalte ${0} fehlt: Jede Zeile braucht sie.`,
'authoring.table.mixed': str`Die Spalte ${0} hat keine Sprache, neben Spalten mit Sprache, und das Dokument hat kein "lang", das sie angibt: Benennen Sie sie wie ${1}.`,
'authoring.table.no-rows': `Die Tabelle hat keine Zeilen unter ihrer ersten Zeile (den Spaltennamen).`,
'authoring.table.not-translatable': str`Spalte ${0}: Dieses Feld ist kein Text in mehreren Sprachen und bekommt daher keine :Sprache.`,
'authoring.table.quotes': `Ein Wert in Anführungszeichen wird nicht geschlossen: Ein doppeltes Anführungszeichen fehlt.`,
'authoring.table.unknown-column': str`Unbekannte Spalte ${0}. Die Spalten sind: ${1} (und x-… für eigene Daten).`,
'authoring.table.unnamed-column': `Diese Spalte hat Werte, aber keinen Namen in der ersten Zeile.`,
'authoring.table.unreadable': `Diese Zeile konnte nicht als Zeile der Tabelle gelesen werden.`,
'cli.added.one': str`${0} Eintrag hinzugefügt.`,
'cli.added.other': str`${0} Einträge hinzugefügt.`,
'cli.bad-value': str`Die Option ${0} nimmt einen der Werte ${1}, nicht ${2}.`,
'cli.exclusive': str`Verwenden Sie entweder ${0} oder ${1}, nicht beide.`,
'cli.help': `Aufruf: civic-story BEFEHL [Optionen]

Befehle:
  validate FILE…   Geschichtsdokumente prüfen; jedes Problem mit Zeile:Spalte
  embed FILE       HTML zum Einfügen in eine Seite ausgeben
  import FILE      eine Tabelle (CSV oder TSV) in Einträge eines Geschichtsdokuments umwandeln
  new              ein neues Geschichtsdokument beginnen

Optionen für jeden Befehl:
  --lang LANG      die Sprache der Meldungen (en, nl, sv, fr, de, ar); Standard aus LANG
  --help           Hilfe zu einem Befehl: civic-story validate --help
  --version        die Version von civic-story

Exit-Codes: 0 alles in Ordnung, 1 Probleme gefunden, 2 der Befehl wurde nicht verstanden.`,
'cli.help.embed': `Aufruf: civic-story embed FILE --element city-profile|timeline|quote [Optionen]

Gibt HTML zum Einfügen in eine Seite aus: das Script-Tag, das Element mit dem Dokument und
seinem Ersatzinhalt für Lesende ohne JavaScript, und das JSON-LD für Suchmaschinen.
  --element NAME   city-profile, timeline oder quote
  --quote ID       bei quote: welches Zitat (Standard: das erste)
  --inline         das Dokument ins Element schreiben (Standard)
  --src URL        das Element das Dokument von URL laden lassen
  --bundle URL     wo civic-story.bundle.js auf Ihrer Website liegt (Standard /assets/civic-story.bundle.js)

Exit-Codes: 0 ausgegeben, 1 das Dokument hat Probleme, 2 der Befehl wurde nicht verstanden.`,
'cli.help.import': `Aufruf: civic-story import FILE.csv|FILE.tsv --as initiatives|facts|quotes|sources [Optionen]

Jede Zeile der Tabelle wird ein Eintrag; die erste Zeile benennt die Spalten (title, start, …;
title:nl und title:en für einen Text in zwei Sprachen).
  --as ART         initiatives, facts, quotes oder sources
  --into DOC.json  die Zeilen diesem Geschichtsdokument hinzufügen (Standard: ein neues)
  --out FILE       das Dokument in FILE schreiben (Standard: ausgeben)

Nichts wird geschrieben, wenn eine Zelle ein Problem hat: jedes wird als FILE:Zeile:Spalte ausgegeben.
Exit-Codes: 0 importiert, 1 Probleme gefunden, 2 der Befehl wurde nicht verstanden.`,
'cli.help.new': `Aufruf: civic-story new --city NAME [--lang SPRACHE] [--out FILE]

Gibt ein neues Geschichtsdokument mit je einem Teil jeder Art aus, zum Bearbeiten: die Platzhalter stehen in [eckigen Klammern].
  --city NAME      der Name der Stadt
  --lang SPRACHE   die Sprache des Dokuments (und der Meldungen); Standard en
  --out FILE       das Dokument in FILE schreiben (Standard: ausgeben)`,
'cli.help.validate': `Aufruf: civic-story validate FILE… [--format text|json]

Prüft jedes Geschichtsdokument. Jedes Problem wird ausgegeben als
  FILE:Zeile:Spalte  Pfad  Meldung
  --format json    eine JSON-Liste von { file, valid, problems: [{ path, message, line, column }] }

Exit-Codes: 0 jede Datei ist gültig, 1 Probleme gefunden, 2 der Befehl wurde nicht verstanden.`,
'cli.internal': str`In civic-story ist etwas schiefgegangen: ${0}. Bitte melden Sie es, mit dem Befehl, den Sie ausgeführt haben.`,
'cli.missing-file': str`civic-story ${1} braucht eine Datei; civic-story ${1} --help sagt mehr.`,
'cli.missing-flag': str`civic-story ${2} braucht ${1}; civic-story ${2} --help sagt mehr.`,
'cli.missing-value': str`Die Option ${0} braucht einen Wert dahinter.`,
'cli.no-command': `Sagen Sie, was zu tun ist: civic-story validate, embed, import oder new (civic-story --help sagt mehr).`,
'cli.not-found': str`Es gibt keine Datei ${0}.`,
'cli.not-written': `Es wurde nichts geschrieben: Das Dokument wäre nicht gültig.`,
'cli.problems.one': str`${0} Problem.`,
'cli.problems.other': str`${0} Probleme.`,
'cli.too-many-files': str`civic-story ${1} nimmt eine Datei; civic-story ${1} --help sagt mehr.`,
'cli.unknown-command': str`Unbekannter Befehl ${0}. Befehle: validate, embed, import, new; civic-story --help sagt mehr.`,
'cli.unknown-flag': str`Unbekannte Option ${0} für ${2}; civic-story ${2} --help listet die Optionen auf.`,
'cli.unreadable': str`Die Datei ${0} konnte nicht gelesen werden (${1}).`,
'cli.unwritable': str`Die Datei ${0} konnte nicht geschrieben werden (${1}).`,
'cli.valid': str`${0}: ein gültiges Geschichtsdokument.`,
'cli.wrote': str`${0} geschrieben.`,
    };
