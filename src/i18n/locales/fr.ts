
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'load.http': str`Le récit n’a pas pu être chargé : le serveur a répondu ${0}.`,
'load.inline-not-json': `Le document de récit intégré n’est pas du JSON valide.`,
'load.invalid': `Le document de récit contient des erreurs :`,
'load.network': `Le récit n’a pas pu être chargé : la requête réseau a échoué.`,
'load.not-json': `Le document de récit n’est pas du JSON valide.`,
'sources.citation': str`Source ${0} : ${1}`,
'sources.heading': `Sources`,
'state.document-root': `(document)`,
'state.loading': `Chargement…`,
    };
  