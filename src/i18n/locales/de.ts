
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'load.http': str`Die Geschichte konnte nicht geladen werden: Der Server antwortete ${0}.`,
'load.inline-not-json': `Das eingebettete Story-Dokument ist kein gültiges JSON.`,
'load.invalid': `Das Story-Dokument enthält Fehler:`,
'load.network': `Die Geschichte konnte nicht geladen werden: Die Netzwerkanfrage ist fehlgeschlagen.`,
'load.not-json': `Das Story-Dokument ist kein gültiges JSON.`,
'sources.citation': str`Quelle ${0}: ${1}`,
'sources.heading': `Quellen`,
'state.document-root': `(Dokument)`,
'state.loading': `Wird geladen…`,
    };
  