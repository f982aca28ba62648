// Server rendering of the elements with @lit-labs/ssr: the same view functions as in the browser.
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import '../city-profile/civic-city-profile.js';
import '../timeline/civic-timeline.js';
import '../quote/civic-quote.js';
import type { StoryDocument } from '../schema/index.js';
import { inServerLocale, scriptJson, validated } from './common.js';
import type { StoryRenderOptions } from './common.js';

function template(document: StoryDocument, options: StoryRenderOptions): TemplateResult {
  const lang = options.lang || undefined;
  switch (options.element) {
    case 'city-profile':
      return html`<civic-city-profile .data=${document} lang=${ifDefined(lang)} .lang=${lang ?? ''}></civic-city-profile>`;
    case 'timeline':
      return html`<civic-timeline .data=${document} lang=${ifDefined(lang)} .lang=${lang ?? ''}></civic-timeline>`;
    case 'quote':
      return html`<civic-quote .data=${document} quote=${ifDefined(options.quote || undefined)} lang=${ifDefined(lang)} .lang=${lang ?? ''}></civic-quote>`;
  }
}

/**
 * The element's markup for a page: the element with its view in a declarative shadow root (it shows
 * without JavaScript) and the document as its inline JSON child, from which the element hydrates in the
 * browser without fetching anything. Load `@lit-labs/ssr-client/lit-element-hydrate-support.js` before
 * the elements to hydrate.
 *
 * `lang` is the language of the page the element goes into (as its `<html lang>` would be): labels,
 * numbers and dates are rendered in it (English when civic-story has no translation), and the
 * document's texts are picked for it. The element in the browser then follows the page's own
 * language, as it always does.
 */
export function renderStory(input: unknown, options: StoryRenderOptions): Promise<string> {
  return inServerLocale(options.lang, () => render1(input, options));
}

async function render1(input: unknown, options: StoryRenderOptions): Promise<string> {
  const document = validated(input);
  const tag = `civic-${options.element}`;
  if (!['civic-city-profile', 'civic-timeline', 'civic-quote'].includes(tag)) {
    throw new TypeError(`civic-story: unknown element "${String(options.element)}" (city-profile, timeline or quote).`);
  }
  const markup = await collectResult(render(template(document, options)));
  // The inline JSON child goes last in the element's light DOM, after its declarative shadow root.
  const close = markup.lastIndexOf(`</${tag}>`);
  if (close < 0) throw new Error(`civic-story: no <${tag}> in the server render.`);
  return `${markup.slice(0, close)}<script type="application/json">${scriptJson(document)}</script>${markup.slice(close)}`;
}
