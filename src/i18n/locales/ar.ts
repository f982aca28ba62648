
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'load.http': str`تعذّر تحميل القصة: ردّ الخادم بالرمز ${0}.`,
'load.inline-not-json': `مستند القصة المضمَّن ليس JSON صالحًا.`,
'load.invalid': `يحتوي مستند القصة على أخطاء:`,
'load.network': `تعذّر تحميل القصة: فشل طلب الشبكة.`,
'load.not-json': `مستند القصة ليس JSON صالحًا.`,
'sources.citation': str`المصدر ${0}: ${1}`,
'sources.heading': `المصادر`,
'state.document-root': `(المستند)`,
'state.loading': `جارٍ التحميل…`,
    };
  