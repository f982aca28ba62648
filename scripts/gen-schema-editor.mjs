// What the JSON Schema adds for people editing a story document in an editor (VS Code's JSON language
// service and others that read the same keywords): a markdown description and examples on every field,
// human messages instead of raw patterns and enum dumps (`errorMessage`, `patternErrorMessage`), and
// snippets for a new city, initiative, quote and source (`defaultSnippets`). None of these keywords
// changes what the schema accepts. Used by gen-schema.mjs.

/** The keywords added here, for validators that want to know them (Ajv's strict mode). */
export const EDITOR_KEYWORDS = ['markdownDescription', 'errorMessage', 'patternErrorMessage', 'defaultSnippets', 'markdownEnumDescriptions'];

/** Messages for values that do not fit, per definition or field. */
const MESSAGES = {
  LanguageTag: 'Not a language tag. Write a BCP 47 tag such as `nl`, `en-GB` or `sr-Latn`.',
  IsoDate: 'Not a date in the form `2016`, `2016-10` or `2016-10-15` (year, month or day precision).',
  Url: 'Not an allowed URL: only `https:`, `http:` or a relative URL such as `/data/story.json`.',
  Id: 'Not an id: 1 to 100 letters, digits, `.`, `_`, `:` or `-`, starting with a letter or digit (e.g. `kis-interview`).',
  CountryCode: 'Not a country code: use the two capital letters of ISO 3166-1, e.g. `BE`, `NL`, `SE`.',
  'Category.id': 'Not a category slug: lowercase letters, digits and `-`, e.g. `youth-work` (at most 40 characters).',
  'Initiative.category': 'Not a category slug: lowercase letters, digits and `-`, e.g. `youth-work` (at most 40 characters).',
  'Fact.kind': 'Not a known kind: `population`, `nationalities`, `youth-share`, `area`, `police-officers` or `surveillance-cameras`. For any other figure, leave out `kind` and give a `label`.',
  'Fact.unit': 'Not a unit: `percent` or `km2`.',
  'Fact.approx': 'Not an approximation: `about`, `more-than` or `less-than`.',
  'Initiative.status': 'Not a status: `planned`, `ongoing` or `done`.',
  'Initiative.end': 'Not an end: a date such as `2022` or `2022-06-30`, or `"ongoing"`.',
  '.version': 'The story format has one version: write `"version": 1`.',
};

const KIND_DESCRIPTIONS = {
  population: 'Number of inhabitants.',
  nationalities: 'Number of nationalities living in the city.',
  'youth-share': 'Share of young people, usually with `"unit": "percent"`.',
  area: 'Area of the city, usually with `"unit": "km2"`.',
  'police-officers': 'Number of police officers.',
  'surveillance-cameras': 'Number of surveillance cameras in public space.',
};

/**
 * Per field: a markdown description (when the plain one is not enough) and examples. Keys are
 * `Definition.property`, or `.property` for the document's own keys.
 */
const FIELDS = {
  '.$schema': ['The JSON Schema of this document, for completion and checks in editors: a path to `civic-story.schema.json` in your project (`./node_modules/civic-story/dist/civic-story.schema.json`) or its URL.', ['./node_modules/civic-story/dist/civic-story.schema.json']],
  '.version': ['The version of the story format. Always `1`.', [1]],
  '.lang': ['The language of every plain-string text in the document (texts written as `{"nl": "…", "en": "…"}` name their own).', ['nl', 'sv', 'en-GB']],
  '.city': ['The city the story is about: shown by `<civic-city-profile>`.', [{ name: 'Mechelen', country: 'BE' }]],
  '.initiatives': ['The initiatives, shown by `<civic-timeline>` (at most 2,000).', [[{ id: 'school-desegregation', title: 'Breaking school segregation', start: '2006' }]]],
  '.quotes': ['Quotes, each shown by `<civic-quote quote="id">` (at most 200).', [[{ id: 'motto', text: 'Niet je afkomst, maar je toekomst telt.', lang: 'nl', author: { name: 'Bart Somers' } }]]],
  '.sources': ['The sources that figures, initiatives and quotes cite by `id` (at most 200, ids unique).', [[{ id: 'kis-interview', title: 'Beste burgemeester ter wereld', publisher: 'Kennisplatform Inclusief Samenleven', lang: 'nl' }]]],
  '.categories': ['Labels for the categories of the initiatives, in the document\'s languages (optional: an initiative may use a category not listed here).', [[{ id: 'youth-work', label: { nl: 'Jeugdwerk', en: 'Youth work' } }]]],
  'Category.id': ['The category slug that initiatives give in `category`: lowercase letters, digits and `-`. Unique in `categories`.', ['youth-work', 'education']],
  'Category.label': ['The name of the category, shown on the timeline\'s filter and on each initiative.', ['Youth work', { nl: 'Jeugdwerk', en: 'Youth work' }]],
  'City.name': ['The name of the city, as a text or translations.', ['Mechelen', { sv: 'Västerås', en: 'Västerås' }]],
  'City.country': ['The country: an ISO 3166-1 alpha-2 code in capitals. Shown as the country name in the reader\'s language.', ['BE', 'SE', 'NL']],
  'City.region': ['The region or province.', ['Flanders', { nl: 'Vlaanderen', en: 'Flanders' }]],
  'City.summary': ['A short introduction to the city\'s story. Blank lines separate paragraphs.', ['Mechelen, with 86,000 inhabitants, is one of the youngest cities in Flanders.']],
  'City.leader': ['The mayor or other leader.', [{ name: 'Bart Somers', role: { nl: 'burgemeester', en: 'Mayor' }, since: '2001' }]],
  'City.image': ['A picture of the city. `alt` is required: describe what the picture shows.', [{ src: '/images/grote-markt.jpg', alt: 'The Grote Markt in Mechelen', credit: 'City of Mechelen' }]],
  'City.facts': ['Key figures, each with its sources and the date it applies to.', [[{ kind: 'population', value: 86000, asOf: '2019', sources: ['kis-interview'] }]]],
  'City.links': ['Links to more about the city (at most 200).', [[{ href: 'https://www.mechelen.be/', label: 'City of Mechelen' }]]],
  'Leader.name': ['The leader\'s name, as written in the sources.', ['Bart Somers']],
  'Leader.role': ['The role, e.g. mayor.', ['Mayor of Mechelen', { nl: 'burgemeester van Mechelen', en: 'Mayor of Mechelen' }]],
  'Leader.since': ['Since when (a date at year, month or day precision).', ['2001', '2001-01']],
  'Leader.until': ['Until when, if no longer in office.', ['2024-12']],
  'CityImage.src': ['The image URL: https: or relative to the page. civic-story makes no other requests, so host the image yourself.', ['/images/mechelen.jpg']],
  'CityImage.alt': ['The text alternative: what the picture shows, for readers who do not see it.', ['The Grote Markt in Mechelen with photographs of residents']],
  'CityImage.credit': ['Who made the picture.', ['Photo: City of Mechelen']],
  'Fact.kind': ['A well-known figure, labelled by the components in the reader\'s language. For any other figure, leave it out and give a `label`.', ['population', 'youth-share']],
  'Fact.label': ['The label of a figure without `kind`.', ['centres for after-school activities', { nl: 'naschoolse centra', en: 'after-school centres' }]],
  'Fact.value': ['A number (formatted in the reader\'s language: 86,000 / 86.000) or a text for figures that are words.', [86000, 22, 'the highest']],
  'Fact.unit': ['The unit of a number: `percent` (22 → 22 %) or `km2`.', ['percent', 'km2']],
  'Fact.approx': ['Whether the number is approximate (`about`), a lower (`more-than`) or an upper bound (`less-than`).', ['about', 'more-than']],
  'Fact.asOf': ['The date the figure applies to, shown as "as of …".', ['2019', '2024-01']],
  'Fact.sources': ['Ids of the sources of this figure (entries of the document\'s `sources`).', [['kis-interview']]],
  'Fact.note': ['A note to the figure, e.g. the sentence it comes from.', ['Somers in the interview: ‘86,000 people live in Mechelen.’']],
  'Link.href': ['The address: https: or relative.', ['https://www.mechelen.be/']],
  'Link.label': ['The link text: says where the link goes.', ['City of Mechelen', { nl: 'Stad Mechelen', en: 'City of Mechelen' }]],
  'Initiative.id': ['A unique id for the initiative (used in the page address when a reader opens it).', ['school-desegregation']],
  'Initiative.title': ['The title of the initiative.', ['Breaking school segregation', { nl: 'Schoolsegregatie doorbreken', en: 'Breaking school segregation' }]],
  'Initiative.start': ['When it started (year, month or day).', ['2006', '2016-10']],
  'Initiative.end': ['When it ended, or `"ongoing"`. Not before `start`.', ['2012', 'ongoing']],
  'Initiative.category': ['A category slug; the timeline offers a filter per category.', ['education', 'youth-work', 'safety']],
  'Initiative.status': ['How far it got: `planned`, `ongoing` or `done`.', ['ongoing', 'done']],
  'Initiative.summary': ['What the initiative is, in a sentence or two.', ['Parents from the neighbourhood were encouraged to enrol their children together in the local school.']],
  'Initiative.outcome': ['What came of it, when known.', ['The school now reflects the neighbourhood.']],
  'Initiative.partners': ['Organisations involved (at most 200).', [['City of Mechelen', 'local schools']]],
  'Initiative.sources': ['Ids of the sources of this initiative.', [['kis-interview']]],
  'Quote.id': ['A unique id: `<civic-quote quote="motto">` shows this quote.', ['motto']],
  'Quote.text': ['The words, in the original language (`lang`), with translations if wanted.', ['Niet je afkomst, maar je toekomst telt.', { nl: 'Niet je afkomst, maar je toekomst telt.', en: 'It is not your origin but your future that counts.' }]],
  'Quote.lang': ['The language the quote was said in; its text in that language is shown as the original.', ['nl']],
  'Quote.author': ['Who said it.', [{ name: 'Bart Somers', role: 'Mayor of Mechelen' }]],
  'Quote.date': ['When it was said.', ['2016-10']],
  'Quote.context': ['Where or when it was said, in a sentence.', ['From the introduction to the interview.']],
  'Quote.sources': ['Ids of the sources of this quote.', [['kis-interview']]],
  'QuoteAuthor.name': ['The speaker\'s name.', ['Bart Somers']],
  'QuoteAuthor.role': ['The speaker\'s role when they said it.', ['Mayor of Mechelen']],
  'Source.id': ['The id that figures, initiatives and quotes cite.', ['kis-interview']],
  'Source.title': ['The title of the source, as published.', ['Beste burgemeester ter wereld']],
  'Source.publisher': ['Who published it.', ['Kennisplatform Inclusief Samenleven']],
  'Source.url': ['Where to read it: https: or relative.', ['https://example.org/news/best-mayor-in-the-world']],
  'Source.date': ['When it was published.', ['2017-03', '2017-03-14']],
  'Source.lang': ['The language it is written in.', ['nl', 'sv']],
};

const SNIPPETS = {
  City: {
    label: 'New city',
    description: 'A city with a country, a leader and one key figure',
    body: {
      name: '${1:City name}',
      country: '${2:BE}',
      leader: { name: '${3:Name of the mayor}', role: '${4:Mayor}' },
      facts: [{ kind: '${5|population,nationalities,youth-share,area,police-officers,surveillance-cameras|}', value: '^${6:0}', asOf: '${7:2024}', sources: ['${8:source-id}'] }],
    },
  },
  Initiative: {
    label: 'New initiative',
    description: 'An initiative on the timeline, with dates, status and a source',
    body: {
      id: '${1:initiative-id}',
      title: '${2:Title}',
      start: '${3:2024}',
      status: '${4|planned,ongoing,done|}',
      category: '${5:category}',
      summary: '${6:What the initiative is.}',
      sources: ['${7:source-id}'],
    },
  },
  Quote: {
    label: 'New quote',
    description: 'A quote in its original language, with its speaker and source',
    body: {
      id: '${1:quote-id}',
      text: '${2:The words, as said}',
      lang: '${3:nl}',
      author: { name: '${4:Name}', role: '${5:Role}' },
      sources: ['${6:source-id}'],
    },
  },
  Source: {
    label: 'New source',
    description: 'A source that figures, initiatives and quotes cite by id',
    body: {
      id: '${1:source-id}',
      title: '${2:Title}',
      publisher: '${3:Publisher}',
      url: '${4:https://}',
      date: '${5:2024}',
      lang: '${6:nl}',
    },
  },
};

/** `"x"` → `` `x` `` for markdown. */
const markdown = (text) => text.replace(/"([^"\s][^"]*?)"/g, '`$1`');

function withMessage(node, message) {
  if (node.pattern) node.patternErrorMessage = message;
  node.errorMessage = message;
}

/** Adds the editor keywords to the generated schema, in place; throws if a field has none. */
export function addEditorHelp(schema) {
  const { $defs } = schema;
  for (const [name, definition] of Object.entries($defs)) {
    if (definition.description) definition.markdownDescription = markdown(definition.description);
    if (MESSAGES[name]) withMessage(definition, MESSAGES[name]);
    if (SNIPPETS[name]) definition.defaultSnippets = [SNIPPETS[name]];
  }
  const objects = [['', schema], ...Object.entries($defs).filter(([, definition]) => definition.properties)];
  const missing = [];
  for (const [name, object] of objects) {
    for (const [key, field] of Object.entries(object.properties)) {
      const path = `${name}.${key}`;
      const help = FIELDS[path];
      if (!help) {
        missing.push(path);
        continue;
      }
      const [text, examples] = help;
      field.markdownDescription = text;
      field.description ??= text.replace(/`/g, '"');
      field.examples = examples;
      // On the field only: the branches of a union stay as the generator wrote them.
      if (MESSAGES[path]) withMessage(field, MESSAGES[path]);
    }
  }
  if (missing.length) throw new Error(`gen-schema: no editor help for ${missing.join(', ')}`);
  const kind = $defs.Fact.properties.kind;
  kind.markdownEnumDescriptions = kind.enum.map((value) => KIND_DESCRIPTIONS[value] ?? '');
  schema.defaultSnippets = [
    {
      label: 'New story document',
      description: 'A story document with a city, an initiative, a quote and a source',
      body: {
        $schema: './node_modules/civic-story/dist/civic-story.schema.json',
        version: 1,
        lang: '${1:en}',
        city: { name: '${2:City name}', country: '${3:BE}' },
        initiatives: [],
        quotes: [],
        sources: [],
      },
    },
  ];
  return schema;
}
