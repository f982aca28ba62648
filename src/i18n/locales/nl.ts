
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'load.http': str`Het verhaal kon niet worden geladen: de server antwoordde ${0}.`,
'load.inline-not-json': `Het ingesloten verhaaldocument is geen geldige JSON.`,
'load.invalid': `Het verhaaldocument bevat fouten:`,
'load.network': `Het verhaal kon niet worden geladen: het netwerkverzoek is mislukt.`,
'load.not-json': `Het verhaaldocument is geen geldige JSON.`,
'sources.citation': str`Bron ${0}: ${1}`,
'sources.heading': `Bronnen`,
'state.document-root': `(document)`,
'state.loading': `Laden…`,
    };
  