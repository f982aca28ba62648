// Categories a document names: `categories: [{ id, label }]`, validated, and shown by the timeline in
// the reader's language, with the built-in labels of the well-known slugs as the fallback.
import { expect } from '@open-wc/testing';
import '../timeline/civic-timeline.js';
import type { CivicTimeline } from '../timeline/timeline.js';
import { validate } from './index.js';
import type { StoryDocument } from './index.js';
import { categoryButton, renderTimeline, shadow } from '../timeline/test/helpers.js';
import { setPageLanguage, textOf } from '../../test/helpers.js';

const document = (): StoryDocument => ({
  version: 1,
  lang: 'nl',
  categories: [
    { id: 'youth-work', label: { nl: 'Jeugdwerk', en: 'Youth work' } },
    { id: 'housing', label: { nl: 'Wonen en buurt', en: 'Housing and neighbourhoods' } },
    { id: 'street-corner-work', label: 'Straathoekwerk' },
  ],
  initiatives: [
    { id: 'a', title: 'A', start: '2016', category: 'youth-work' },
    { id: 'b', title: 'B', start: '2017', category: 'housing' },
    { id: 'c', title: 'C', start: '2018', category: 'education' },
    { id: 'd', title: 'D', start: '2019', category: 'street-corner-work' },
    { id: 'e', title: 'E', start: '2020', category: 'sports' },
  ],
});

const issues = (input: unknown): { path: string; message: string }[] => {
  const result = validate(input);
  return result.ok ? [] : result.issues;
};

const label = (el: CivicTimeline, slug: string): { text: string; lang: string | null } => {
  const button = categoryButton(el, slug);
  return { text: textOf(button), lang: button.getAttribute('lang') };
};

describe('categories: the document format', () => {
  it('accepts a list of categories with Text labels, and a document without one (version 1 as before)', () => {
    expect(issues(document())).to.deep.equal([]);
    expect(issues({ version: 1, initiatives: [{ id: 'a', title: 'A', category: 'youth-work' }] })).to.deep.equal([]);
  });

  it('lets an initiative use a category the list does not name', () => {
    expect(issues({ ...document(), categories: [{ id: 'housing', label: 'Wonen' }] })).to.deep.equal([]);
  });

  it('reports a duplicate category id at its path', () => {
    const input = document();
    input.categories!.push({ id: 'housing', label: 'Nog eens wonen' });
    const found = issues(input);
    expect(found.map((issue) => issue.path)).to.deep.equal(['categories[3].id']);
    expect(found[0]!.message).to.contain('“housing”');
  });

  it('reports a category id that is not a slug, a missing label and unknown keys', () => {
    const found = issues({ version: 1, categories: [{ id: 'Youth Work', label: 'x' }, { id: 'ok' }, { id: 'x', label: 'y', colour: 'red' }] });
    expect(found.map((issue) => issue.path)).to.have.members(['categories[0].id', 'categories[1].label', 'categories[2].colour']);
  });

  it('reports a list that is not a list', () => {
    expect(issues({ version: 1, categories: { housing: 'Wonen' } }).map((issue) => issue.path)).to.deep.equal(['categories']);
  });
});

describe('categories: labels on the timeline', () => {
  afterEach(() => setPageLanguage('en'));

  it('shows the document’s label in the reader’s language, with its language', async () => {
    await setPageLanguage('nl');
    const el = await renderTimeline(document());
    expect(label(el, 'youth-work')).to.deep.equal({ text: 'Jeugdwerk', lang: 'nl' });
    expect(label(el, 'housing')).to.deep.equal({ text: 'Wonen en buurt', lang: 'nl' });
    // A plain string is in the document's language.
    expect(label(el, 'street-corner-work')).to.deep.equal({ text: 'Straathoekwerk', lang: 'nl' });
    // Not in the list: the built-in label, in the UI language; else the slug.
    expect(label(el, 'education')).to.deep.equal({ text: 'Onderwijs', lang: null });
    expect(label(el, 'sports')).to.deep.equal({ text: 'sports', lang: null });
    const entry = shadow(el).querySelector('[part="category"][lang="nl"]');
    expect(textOf(entry)).to.equal('Jeugdwerk');
  });

  it('falls back to the built-in label of a well-known slug when the document lacks the reader’s language', async () => {
    await setPageLanguage('de');
    const el = await renderTimeline(document());
    expect(label(el, 'housing')).to.deep.equal({ text: 'Wohnen', lang: null });
    // An unknown slug: the document's label in another language, marked with that language.
    expect(label(el, 'youth-work')).to.deep.equal({ text: 'Jeugdwerk', lang: 'nl' });
    expect(label(el, 'street-corner-work')).to.deep.equal({ text: 'Straathoekwerk', lang: 'nl' });
    expect(label(el, 'education')).to.deep.equal({ text: 'Bildung', lang: null });
  });

  it('uses an English label on an English page', async () => {
    const el = await renderTimeline(document());
    expect(label(el, 'youth-work')).to.deep.equal({ text: 'Youth work', lang: 'en' });
    expect(label(el, 'housing')).to.deep.equal({ text: 'Housing and neighbourhoods', lang: 'en' });
  });
});
