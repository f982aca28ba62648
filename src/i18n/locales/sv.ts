
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'load.http': str`Berättelsen kunde inte läsas in: servern svarade ${0}.`,
'load.inline-not-json': `Det inbäddade berättelsedokumentet är inte giltig JSON.`,
'load.invalid': `Berättelsedokumentet innehåller fel:`,
'load.network': `Berättelsen kunde inte läsas in: nätverksanropet misslyckades.`,
'load.not-json': `Berättelsedokumentet är inte giltig JSON.`,
'sources.citation': str`Källa ${0}: ${1}`,
'sources.heading': `Källor`,
'state.document-root': `(dokument)`,
'state.loading': `Läser in…`,
    };
  