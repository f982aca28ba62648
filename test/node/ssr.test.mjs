// civic-story/ssr in Node, through the package's own exports (after `npm run build`): the elements'
// server markup, the plain fallback, and the JSON-LD.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { jsonLd, jsonLdData, renderFallback, renderStory, scriptJson } from 'civic-story/ssr';

const mechelen = JSON.parse(readFileSync(new URL('../../samples/mechelen.json', import.meta.url), 'utf8'));
const vasteras = JSON.parse(readFileSync(new URL('../../samples/vasteras.json', import.meta.url), 'utf8'));
const en = (text) => (typeof text === 'string' ? text : text.en);

/** The text nodes of server markup, without its styles and Lit's comments, as a reader gets them. */
function visibleText(markup) {
  return markup
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)))
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** Every string in a JSON value, with the key it stands under; with `keys`, object keys too (language tags). */
function* strings(value, key = '', keys = false) {
  if (typeof value === 'string') yield [key, value];
  else if (Array.isArray(value)) for (const item of value) yield* strings(item, key, keys);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (keys) yield ['(key)', k];
      yield* strings(v, k, keys);
    }
  }
}

test('renderStory: the city profile of Mechelen with its name and figures, in a declarative shadow root', async () => {
  const markup = await renderStory(mechelen, { element: 'city-profile' });
  assert.match(markup, /^(<!--[^>]*-->)*<civic-city-profile[^>]*><template shadowroot="open" shadowrootmode="open">/);
  const text = visibleText(markup.slice(0, markup.indexOf('<script type="application/json">')));
  assert.match(text, /Mechelen/);
  assert.match(text, /86,000/);
  assert.match(text, /128/);
  assert.match(text, /Mayor of Mechelen/);
  assert.match(text, /Sources/);
});

test('renderStory: the element carries its document as inline JSON, which parses back to it', async () => {
  const markup = await renderStory(mechelen, { element: 'city-profile' });
  const json = /<script type="application\/json">([\s\S]*?)<\/script><\/civic-city-profile>/.exec(markup);
  assert.ok(json, 'an inline JSON child right before the end tag');
  assert.deepEqual(JSON.parse(json[1]), mechelen);
});

test('renderStory: the timeline of Mechelen lists every initiative', async () => {
  const markup = await renderStory(mechelen, { element: 'timeline' });
  const text = visibleText(markup);
  for (const initiative of mechelen.initiatives) assert.ok(text.includes(en(initiative.title)), en(initiative.title));
  assert.match(text, /14 initiatives/);
});

test('renderStory: the motto in Dutch, its translation and its speaker', async () => {
  const markup = await renderStory(mechelen, { element: 'quote', quote: 'motto' });
  assert.match(markup, /<civic-quote[^>]* quote="motto"/);
  const text = visibleText(markup);
  assert.match(text, /Niet je afkomst, maar je toekomst telt\./);
  assert.match(text, /It is not your origin but your future that counts\./);
  assert.match(text, /Bart Somers/);
  assert.match(markup, /<blockquote[^>]* lang="nl"/);
});

test('renderStory: `lang` renders labels, numbers and the document texts in that language', async () => {
  const markup = await renderStory(mechelen, { element: 'city-profile', lang: 'nl-BE' });
  assert.match(markup, /<civic-city-profile[^>]* lang="nl-BE"/);
  const text = visibleText(markup);
  assert.match(text, /burgemeester van Mechelen/);
  assert.match(text, /Kerncijfers/);
  assert.match(text, /Inwoners 86\.000/);
  assert.doesNotMatch(text, /Key figures|Population/);
});

test('renderStory: renders in several languages at once, each in its own', async () => {
  const languages = ['sv', 'en', 'de', 'nl', 'fr', 'ar', 'en'];
  const markups = await Promise.all(languages.map((lang) => renderStory(mechelen, { element: 'timeline', lang })));
  const expected = { sv: 'Visar 14 av 14 initiativ', en: 'Showing 14 of 14 initiatives', nl: '14 van 14 initiatieven' };
  languages.forEach((lang, index) => {
    if (expected[lang]) assert.ok(visibleText(markups[index]).includes(expected[lang]), `${lang}: ${expected[lang]}`);
  });
  assert.equal(markups[1], markups[6], 'the same render for the same language');
  assert.equal(typeof globalThis.window, 'undefined', 'no window left behind');
});

test('renderStory: an invalid document or element is refused with the reason', async () => {
  await assert.rejects(renderStory({ version: 2 }, { element: 'timeline' }), /civic-story: the story document has errors: .*version/i);
  await assert.rejects(renderStory(mechelen, { element: 'map' }), /unknown element "map"/);
});

test('renderFallback: plain semantic HTML, no custom elements, each text with its language', async () => {
  const profile = await renderFallback(mechelen, { element: 'city-profile' });
  assert.doesNotMatch(profile, /<civic-|<template|<script|<style/);
  assert.match(profile, /<h2 lang="nl">Mechelen<\/h2>/);
  assert.match(profile, /<dt>Population<\/dt><dd>86,000/);
  const timeline = await renderFallback(mechelen, { element: 'timeline', headingLevel: 3 });
  assert.equal(timeline.match(/<li><h4/g)?.length, mechelen.initiatives.length);
  assert.match(timeline, /<h4 lang="nl">Investeren in/);
  const quote = await renderFallback(mechelen, { element: 'quote', quote: 'motto', lang: 'en' });
  assert.match(quote, /<figure class="civic-quote"><blockquote[^>]*><p lang="nl">Niet je afkomst, maar je toekomst telt\.<\/p><\/blockquote><p lang="en">It is not your origin/);
  assert.match(quote, /<figcaption>— Bart Somers, <span lang="en">Mayor of Mechelen<\/span>/);
});

test('renderFallback: in the language asked for, whatever rendered before', async () => {
  const [dutch, english] = await Promise.all([
    renderFallback(mechelen, { element: 'city-profile', lang: 'nl' }),
    renderFallback(mechelen, { element: 'city-profile' }),
  ]);
  assert.match(dutch, /<dt>Inwoners<\/dt><dd>86\.000/);
  assert.match(dutch, /<p>Bronnen<\/p>/);
  assert.match(dutch, /<span lang="nl">België<\/span>/);
  assert.match(english, /<dt>Population<\/dt><dd>86,000/);
  assert.match(english, /<p>Sources<\/p>/);
});

test('renderFallback: markup in the data is text', async () => {
  const doc = structuredClone(mechelen);
  doc.city.name = '<img src=x onerror=alert(1)>';
  const html = await renderFallback(doc, { element: 'city-profile' });
  assert.ok(!html.includes('<img'));
  assert.match(html, /&#60;img src=x onerror=alert\(1\)&#62;/);
});

test('jsonLd: parses, and types the city, its figures, the quotes and the initiatives', () => {
  const graph = JSON.parse(jsonLd(mechelen))['@graph'];
  const city = graph.find((node) => node['@type'] === 'City');
  assert.equal(city.name, 'Mechelen');
  assert.equal(city.address.addressCountry, 'BE');
  assert.equal(city.additionalProperty.length, mechelen.city.facts.length);
  for (const figure of city.additionalProperty) {
    assert.deepEqual(figure['@type'], ['PropertyValue', 'Observation']);
    assert.deepEqual(figure.observationAbout, { '@id': '#city' });
    assert.ok(figure.subjectOf.every((work) => work['@type'] === 'CreativeWork' && work.name), 'each figure cites its sources');
  }
  const population = city.additionalProperty.find((figure) => figure.propertyID === 'population');
  assert.equal(population.value, 86000);

  const quotes = graph.filter((node) => node['@type'] === 'Quotation');
  assert.equal(quotes.length, mechelen.quotes.length);
  const motto = quotes.find((node) => node['@id'] === '#quote-motto');
  assert.equal(motto.text, 'Niet je afkomst, maar je toekomst telt.');
  assert.equal(motto.inLanguage, 'nl');
  assert.deepEqual(motto.spokenByCharacter, { '@type': 'Person', name: 'Bart Somers', jobTitle: 'burgemeester van Mechelen' });
  for (const quote of quotes) assert.ok(quote.citation.length && quote.citation.every((work) => work['@type'] === 'CreativeWork'), quote['@id']);

  const list = graph.find((node) => node['@type'] === 'ItemList');
  assert.equal(list.numberOfItems, mechelen.initiatives.length);
  list.itemListElement.forEach((item, index) => {
    assert.equal(item['@type'], 'ListItem');
    assert.equal(item.position, index + 1);
    assert.equal(item.item['@type'], 'Event');
    assert.deepEqual(item.item.location, { '@id': '#city' });
    assert.ok(item.item.subjectOf?.length, `${item.item['@id']} cites its sources`);
  });
  const done = list.itemListElement.find((item) => item.item['@id'] === '#initiative-fifty-years-of-migration').item;
  assert.ok(done.keywords.includes('done'));
});

test('jsonLd: dates of figures and initiatives, and absolute ids for a page', () => {
  // The samples date nothing; a copy of Västerås with a dated figure and dated initiatives.
  const doc = structuredClone(vasteras);
  doc.city.facts[0].asOf = '2024-12';
  Object.assign(doc.initiatives[0], { start: '2018', end: '2022-06-30' });
  Object.assign(doc.initiatives[1], { start: '2021-03', end: 'ongoing' });
  const data = jsonLdData(doc, { lang: 'en', base: 'https://example.org/vasteras' });
  const city = data['@graph'].find((node) => node['@type'] === 'City');
  assert.equal(city['@id'], 'https://example.org/vasteras#city');
  assert.equal(city.additionalProperty[0].observationDate, '2024-12');
  assert.deepEqual(city.additionalProperty[0].observationAbout, { '@id': 'https://example.org/vasteras#city' });
  const events = data['@graph'].find((node) => node['@type'] === 'ItemList').itemListElement.map((item) => item.item);
  assert.equal(events[0].startDate, '2018');
  assert.equal(events[0].endDate, '2022-06-30');
  assert.equal(events[1].startDate, '2021-03');
  assert.equal(events[1].endDate, undefined, 'an ongoing initiative has no end date');
  doc.initiatives.forEach((initiative, index) => {
    assert.equal(events[index].eventStatus, initiative.status ? 'https://schema.org/EventScheduled' : undefined);
    if (initiative.status) assert.ok(events[index].keywords.includes(initiative.status));
  });
});

test('jsonLd: holds no text the document does not', () => {
  for (const [doc, lang] of [[mechelen, undefined], [mechelen, 'en'], [vasteras, 'sv']]) {
    const inDocument = new Set([...strings(doc, '', true)].map(([, value]) => value));
    for (const [key, value] of strings(jsonLdData(doc, { lang }))) {
      if (key === '@type' || key === '@context' || key === '@id' || key === 'eventStatus' || key === 'unitCode') continue;
      // An initiative's description is its summary and outcome, one paragraph each.
      for (const part of key === 'description' ? value.split('\n\n') : [value]) {
        assert.ok(inDocument.has(part), `"${key}": ${JSON.stringify(part)} is not in the document`);
      }
    }
  }
});

test('jsonLd: safe inside <script type="application/ld+json"> whatever the document holds', () => {
  const doc = structuredClone(mechelen);
  doc.city.name = '</script><script>alert(1)</script><!-- & \u2028';
  const text = jsonLd(doc);
  assert.ok(!/[<>&\u2028]/.test(text), text.slice(0, 200));
  assert.equal(JSON.parse(text)['@graph'][0].name, doc.city.name);
  assert.equal(scriptJson('</script>'), '"\\u003c/script\\u003e"');
});

test('jsonLd: an invalid document is refused with its issues', () => {
  assert.throws(() => jsonLd({ version: 1, city: { name: 5 } }), /civic-story: the story document has errors: city\.name/);
});
