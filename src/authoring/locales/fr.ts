
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'authoring.embed.invalid': str`Le document de récit a des problèmes (${0}) ; le premier : ${1}`,
'authoring.embed.no-quote': str`Le document n’a pas de citation avec l’id ${0}.`,
'authoring.json.after-end': str`JSON non valide : le texte continue après la fin du document : ${0}.`,
'authoring.json.colon': str`JSON non valide : deux-points étaient attendus après la clé, trouvé ${0}.`,
'authoring.json.comma-list': str`JSON non valide : une virgule ou ] était attendu ici, trouvé ${0}.`,
'authoring.json.comma-object': str`JSON non valide : une virgule ou } était attendu ici, trouvé ${0}.`,
'authoring.json.empty': `Le texte est vide : un document de récit est un objet JSON comme {"version": 1, …}.`,
'authoring.json.end': `JSON non valide : le texte s’arrête avant la fin du document (il manque un } ou ] fermant, ou un ").`,
'authoring.json.key': str`JSON non valide : une clé entre guillemets droits était attendue ici, trouvé ${0}.`,
'authoring.json.string-control': `JSON non valide : un saut de ligne ou une tabulation dans un texte s’écrit \\n ou \\t.`,
'authoring.json.string-end': `JSON non valide : ce texte n’est pas fermé par un guillemet droit.`,
'authoring.json.string-escape': str`JSON non valide : ${0} n’est pas un échappement connu de JSON (écrivez \\\\ pour une barre oblique inverse).`,
'authoring.json.trailing-comma': `JSON non valide : une virgule après le dernier membre d’un objet n’est pas permise.`,
'authoring.json.value': str`JSON non valide : une valeur était attendue ici (un texte entre guillemets droits, un nombre, true, false, null, { … } ou [ … ]), trouvé ${0}.`,
'authoring.table.ambiguous-number': str`${0} peut se lire comme un nombre entier ou comme un nombre décimal : écrivez-le sans séparateur de milliers (86000), ou avec une ou deux décimales.`,
'authoring.table.column-lang': str`Colonne ${0} : après les deux-points vient un code de langue, comme dans title:nl ou title:en.`,
'authoring.table.duplicate-column': str`La colonne ${0} apparaît deux fois.`,
'authoring.table.empty': `Le tableau est vide : sa première ligne nomme les colonnes (par exemple id, title, start).`,
'authoring.table.into-invalid': str`Le document auquel ajouter les lignes a lui-même un problème ; corrigez-le d’abord. ${0} : ${1}`,
'authoring.table.missing-column': str`La colonne ${0} manque : chaque ligne en a besoin.`,
'authoring.table.mixed': str`La colonne ${0} n’a pas de langue, à côté de colonnes qui en ont une, et le document n’a pas de "lang" qui l’indique : nommez-la comme ${1}.`,
'authoring.table.no-rows': `Le tableau n’a aucune ligne sous sa première ligne (les noms des colonnes).`,
'authoring.table.not-translatable': str`Colonne ${0} : ce champ n’est pas un texte en plusieurs langues, il ne prend donc pas de :langue.`,
'authoring.table.quotes': `Une valeur entre guillemets n’est pas fermée : il manque un guillemet droit.`,
'authoring.table.unknown-column': str`Colonne inconnue ${0}. Les colonnes sont : ${1} (et x-… pour vos propres données).`,
'authoring.table.unnamed-column': `Cette colonne a des valeurs mais pas de nom dans la première ligne.`,
'authoring.table.unreadable': `Cette ligne n’a pas pu être lue comme une ligne du tableau.`,
'cli.added.many': str`${0} entrées ajoutées.`,
'cli.added.one': str`${0} entrée ajoutée.`,
'cli.added.other': str`${0} entrées ajoutées.`,
'cli.bad-value': str`L’option ${0} prend l’une des valeurs ${1}, pas ${2}.`,
'cli.exclusive': str`Utilisez ${0} ou ${1}, pas les deux.`,
'cli.help': `Utilisation : civic-story COMMANDE [options]

Commandes :
  validate FILE…   vérifier des documents de récit ; chaque problème avec sa ligne:colonne
  embed FILE       afficher le HTML à coller dans une page
  import FILE      transformer un tableur (CSV ou TSV) en entrées d’un document de récit
  new              commencer un nouveau document de récit

Options de chaque commande :
  --lang LANG      la langue des messages (en, nl, sv, fr, de, ar) ; par défaut celle de LANG
  --help           l’aide d’une commande : civic-story validate --help
  --version        la version de civic-story

Codes de sortie : 0 tout va bien, 1 problèmes trouvés, 2 la commande n’a pas été comprise.`,
'cli.help.embed': `Utilisation : civic-story embed FILE --element city-profile|timeline|quote [options]

Affiche le HTML à coller dans une page : la balise script, l’élément avec le document et son
contenu de repli pour les lecteurs sans JavaScript, et le JSON-LD pour les moteurs de recherche.
  --element NOM    city-profile, timeline ou quote
  --quote ID       pour quote : quelle citation (par défaut la première)
  --inline         placer le document dans l’élément (par défaut)
  --src URL        laisser l’élément charger le document depuis URL
  --bundle URL     l’adresse de civic-story.bundle.js sur votre site (par défaut /assets/civic-story.bundle.js)

Codes de sortie : 0 affiché, 1 le document a des problèmes, 2 la commande n’a pas été comprise.`,
'cli.help.import': `Utilisation : civic-story import FILE.csv|FILE.tsv --as initiatives|facts|quotes|sources [options]

Chaque ligne du tableau devient une entrée ; la première ligne nomme les colonnes (title, start, … ;
title:nl et title:en pour un texte en deux langues).
  --as TYPE        initiatives, facts, quotes ou sources
  --into DOC.json  ajouter les lignes à ce document de récit (par défaut : un nouveau)
  --out FILE       écrire le document dans FILE (par défaut : l’afficher)

Rien n’est écrit quand une cellule a un problème : chacun est affiché comme FILE:ligne:colonne.
Codes de sortie : 0 importé, 1 problèmes trouvés, 2 la commande n’a pas été comprise.`,
'cli.help.new': `Utilisation : civic-story new --city NOM [--lang LANGUE] [--out FILE]

Affiche un nouveau document de récit avec une partie de chaque sorte, à modifier : les textes à remplacer sont entre [crochets].
  --city NOM       le nom de la ville
  --lang LANGUE    la langue du document (et des messages) ; par défaut en
  --out FILE       écrire le document dans FILE (par défaut : l’afficher)`,
'cli.help.validate': `Utilisation : civic-story validate FILE… [--format text|json]

Vérifie chaque document de récit. Chaque problème est affiché ainsi :
  FILE:ligne:colonne  chemin  message
  --format json    une liste JSON de { file, valid, problems: [{ path, message, line, column }] }

Codes de sortie : 0 chaque fichier est valide, 1 problèmes trouvés, 2 la commande n’a pas été comprise.`,
'cli.internal': str`Une erreur s’est produite dans civic-story : ${0}. Signalez-la, avec la commande que vous avez lancée.`,
'cli.missing-file': str`civic-story ${1} a besoin d’un fichier ; civic-story ${1} --help en dit plus.`,
'cli.missing-flag': str`civic-story ${2} a besoin de ${1} ; civic-story ${2} --help en dit plus.`,
'cli.missing-value': str`L’option ${0} doit être suivie d’une valeur.`,
'cli.no-command': `Dites quoi faire : civic-story validate, embed, import ou new (civic-story --help en dit plus).`,
'cli.not-found': str`Il n’y a pas de fichier ${0}.`,
'cli.not-written': `Rien n’a été écrit : le document ne serait pas valide.`,
'cli.problems.many': str`${0} problèmes.`,
'cli.problems.one': str`${0} problème.`,
'cli.problems.other': str`${0} problèmes.`,
'cli.too-many-files': str`civic-story ${1} prend un seul fichier ; civic-story ${1} --help en dit plus.`,
'cli.unknown-command': str`Commande inconnue ${0}. Commandes : validate, embed, import, new ; civic-story --help en dit plus.`,
'cli.unknown-flag': str`Option inconnue ${0} pour ${2} ; civic-story ${2} --help en liste les options.`,
'cli.unreadable': str`Le fichier ${0} n’a pas pu être lu (${1}).`,
'cli.unwritable': str`Le fichier ${0} n’a pas pu être écrit (${1}).`,
'cli.valid': str`${0} : un document de récit valide.`,
'cli.wrote': str`${0} écrit.`,
    };
