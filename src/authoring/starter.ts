// A new story document to fill in: one of each part, every text a placeholder in [square brackets].
import type { StoryDocument } from '../schema/index.js';
import { isLanguageTag } from '../schema/index.js';

interface Placeholders {
  summary: string;
  population: string;
  note: string;
  title: string;
  initiativeSummary: string;
  quote: string;
  speaker: string;
  role: string;
  sourceTitle: string;
  publisher: string;
}

// The starter's texts are content of the document, written in its language (not the UI's).
const PLACEHOLDERS: Record<'en' | 'nl' | 'sv' | 'fr' | 'de' | 'ar', Placeholders> = {
  en: {
    summary: '[Replace: two or three sentences about the city and its story.]',
    population: '[Replace with the number of inhabitants, e.g. 86000]',
    note: '[Replace or remove: a note on this figure.]',
    title: '[Replace: the name of an initiative]',
    initiativeSummary: '[Replace: what was done, by whom, for whom.]',
    quote: '[Replace: what was said, in the language it was said in.]',
    speaker: '[Replace: name of the speaker]',
    role: '[Replace: role of the speaker]',
    sourceTitle: '[Replace: title of the article or report]',
    publisher: '[Replace: publisher]',
  },
  nl: {
    summary: '[Vervang: twee of drie zinnen over de stad en haar verhaal.]',
    population: '[Vervang door het aantal inwoners, bv. 86000]',
    note: '[Vervang of verwijder: een toelichting bij dit cijfer.]',
    title: '[Vervang: de naam van een initiatief]',
    initiativeSummary: '[Vervang: wat er gedaan is, door wie, voor wie.]',
    quote: '[Vervang: wat er gezegd is, in de taal waarin het gezegd is.]',
    speaker: '[Vervang: naam van de spreker]',
    role: '[Vervang: functie van de spreker]',
    sourceTitle: '[Vervang: titel van het artikel of rapport]',
    publisher: '[Vervang: uitgever]',
  },
  sv: {
    summary: '[Ersätt: två eller tre meningar om staden och dess berättelse.]',
    population: '[Ersätt med antalet invånare, t.ex. 86000]',
    note: '[Ersätt eller ta bort: en kommentar till siffran.]',
    title: '[Ersätt: namnet på ett initiativ]',
    initiativeSummary: '[Ersätt: vad som gjordes, av vem, för vem.]',
    quote: '[Ersätt: det som sades, på det språk det sades.]',
    speaker: '[Ersätt: talarens namn]',
    role: '[Ersätt: talarens roll]',
    sourceTitle: '[Ersätt: artikelns eller rapportens titel]',
    publisher: '[Ersätt: utgivare]',
  },
  fr: {
    summary: '[À remplacer : deux ou trois phrases sur la ville et son histoire.]',
    population: '[À remplacer par le nombre d’habitants, p. ex. 86000]',
    note: '[À remplacer ou supprimer : une note sur ce chiffre.]',
    title: '[À remplacer : le nom d’une initiative]',
    initiativeSummary: '[À remplacer : ce qui a été fait, par qui, pour qui.]',
    quote: '[À remplacer : ce qui a été dit, dans la langue où cela a été dit.]',
    speaker: '[À remplacer : nom de la personne citée]',
    role: '[À remplacer : fonction de la personne citée]',
    sourceTitle: '[À remplacer : titre de l’article ou du rapport]',
    publisher: '[À remplacer : éditeur]',
  },
  de: {
    summary: '[Ersetzen: zwei oder drei Sätze über die Stadt und ihre Geschichte.]',
    population: '[Durch die Einwohnerzahl ersetzen, z. B. 86000]',
    note: '[Ersetzen oder entfernen: eine Anmerkung zu dieser Zahl.]',
    title: '[Ersetzen: der Name einer Initiative]',
    initiativeSummary: '[Ersetzen: was getan wurde, von wem, für wen.]',
    quote: '[Ersetzen: was gesagt wurde, in der Sprache, in der es gesagt wurde.]',
    speaker: '[Ersetzen: Name der sprechenden Person]',
    role: '[Ersetzen: Funktion der sprechenden Person]',
    sourceTitle: '[Ersetzen: Titel des Artikels oder Berichts]',
    publisher: '[Ersetzen: Herausgeber]',
  },
  ar: {
    summary: '[استبدل: جملتان أو ثلاث عن المدينة وقصتها.]',
    population: '[استبدل بعدد السكان، مثلًا 86000]',
    note: '[استبدل أو احذف: ملاحظة عن هذا الرقم.]',
    title: '[استبدل: اسم مبادرة]',
    initiativeSummary: '[استبدل: ما الذي أُنجز، ومن أنجزه، ولمن.]',
    quote: '[استبدل: ما قيل، باللغة التي قيل بها.]',
    speaker: '[استبدل: اسم المتحدث]',
    role: '[استبدل: صفة المتحدث]',
    sourceTitle: '[استبدل: عنوان المقال أو التقرير]',
    publisher: '[استبدل: الناشر]',
  },
};

export interface StarterOptions {
  /** The city's name. */
  city: string;
  /** The document's language (a BCP 47 tag, default `en`): its placeholders are written in it when civic-story has them, else in English (marked `en`). */
  lang?: string;
}

/**
 * A valid story document to start from: the city with a summary and one fact, one initiative, one
 * quote and one source they all cite. Every text to replace is in [square brackets]; the source's URL
 * is on example.org.
 */
export function starterDocument(options: StarterOptions): StoryDocument {
  const lang = options.lang && isLanguageTag(options.lang) ? options.lang : 'en';
  const base = lang.toLowerCase().split('-')[0] as keyof typeof PLACEHOLDERS;
  const own = Object.hasOwn(PLACEHOLDERS, base);
  const words = PLACEHOLDERS[own ? base : 'en'];
  // Texts in English in a document of another language say so.
  const text = (value: string): string | Record<string, string> => (own ? value : { en: value });
  const name = options.city.trim() || words.title;
  return {
    version: 1,
    lang,
    city: {
      name,
      summary: text(words.summary),
      facts: [{ kind: 'population', value: text(words.population), sources: ['source-1'], note: text(words.note) }],
    },
    initiatives: [
      {
        id: 'initiative-1',
        title: text(words.title),
        start: String(new Date().getUTCFullYear()),
        end: 'ongoing',
        status: 'ongoing',
        summary: text(words.initiativeSummary),
        sources: ['source-1'],
      },
    ],
    quotes: [
      {
        id: 'quote-1',
        text: text(words.quote),
        lang: own ? lang : 'en',
        author: { name: words.speaker, role: text(words.role) },
        sources: ['source-1'],
      },
    ],
    sources: [{ id: 'source-1', title: words.sourceTitle, publisher: words.publisher, url: 'https://example.org/', lang: own ? lang : 'en' }],
  };
}
