import { html, isServer, render } from 'lit';
import { VERSION } from '../version.js';

/** A civic-story element class, which carries the package version it was built from. */
export interface VersionedElement extends CustomElementConstructor {
  readonly version?: string;
}

let renders: boolean | undefined;

/**
 * Whether Lit can render on this page. Under a Content-Security-Policy with
 * `require-trusted-types-for 'script'` that does not allow Lit's `lit-html` policy (`trusted-types
 * default`, `trusted-types 'none'`), it cannot: every render would throw into the page.
 */
function litRenders(): boolean {
  if (renders === undefined) {
    try {
      render(html`<span></span>`, document.createElement('div'));
      renders = true;
    } catch {
      renders = false;
    }
  }
  return renders;
}

/**
 * Registers a tag once. If the tag is already defined (two copies of civic-story on one page, or a
 * page that defines the same name), it keeps the existing definition and warns instead of throwing
 * into the host page. On a page where Lit cannot render (see litRenders), it defines nothing and says
 * why in the console: the element's light-DOM content stays as the fallback.
 */
export function defineElement(tag: string, element: VersionedElement): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (existing === element) return;
  if (existing) {
    const other = existing.version ?? 'an unknown version';
    console.warn(
      `civic-story ${VERSION}: <${tag}> is already defined (by ${other === VERSION ? 'another copy of the same version' : other}); keeping that definition.`,
    );
    return;
  }
  // A server render (civic-story/ssr) has no page and no Content-Security-Policy to ask.
  if (!isServer && !litRenders()) {
    console.error(
      `civic-story ${VERSION}: <${tag}> is not defined: this page's Content-Security-Policy requires Trusted Types but does not allow ` +
        `the "lit-html" policy. Add it: "trusted-types lit-html" (with any policies of your own). The element's own content is shown instead.`,
    );
    return;
  }
  customElements.define(tag, element);
}
