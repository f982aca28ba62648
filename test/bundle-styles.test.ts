// The built stylesheets mean what their sources say. The build minifies each css`…` template
// (rollup.config.mjs, compactCss); here every stylesheet of dist/ and its source from src/ are parsed
// by the browser, and their rules, serialized by the browser, must be the same, rule for rule.
// Needs `npm run build`.
import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { baseStyles } from '../src/ui/base-styles.js';
import { controlStyles } from '../src/ui/control-styles.js';
import { styles as profileStyles } from '../src/city-profile/city-profile.styles.js';
import { styles as quoteStyles } from '../src/quote/quote.styles.js';
import { styles as timelineStyles } from '../src/timeline/timeline.styles.js';

const sources: [string, string, CSSResult][] = [
  ['/dist/ui/base-styles.js', 'baseStyles', baseStyles],
  ['/dist/ui/control-styles.js', 'controlStyles', controlStyles],
  ['/dist/city-profile/city-profile.styles.js', 'styles', profileStyles],
  ['/dist/quote/quote.styles.js', 'styles', quoteStyles],
  ['/dist/timeline/timeline.styles.js', 'styles', timelineStyles],
];

/**
 * A stylesheet's rules as the browser serializes them. A custom property, and any declaration with a
 * `var()` or `attr()` in it, keeps its value as written until it is substituted, where `var(--a, b)`
 * and `var(--a,b)`, `0.75` and `.75`, `'('` and `"("` are the same tokens: runs of whitespace become
 * one space, none is kept beside a comma, inside a parenthesis, a number has its leading zero and a
 * string its double quotes (no string here holds a quote).
 */
function rules(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((rule) =>
    rule.cssText
      .replace(/\s+/g, ' ')
      .replace(/ ?, ?/g, ',')
      .replace(/\( /g, '(')
      .replace(/ \)/g, ')')
      .replace(/(^|[^\w.-])\.(\d)/g, '$10.$2')
      .replace(/'/g, '"'),
  );
}

describe('built stylesheets', () => {
  for (const [path, name, source] of sources) {
    it(`${path} has the same rules as its source`, async () => {
      const built = ((await import(/* @vite-ignore */ path)) as Record<string, CSSResult>)[name]!;
      expect(built.cssText.length, 'the built CSS is shorter').to.be.below(source.cssText.length);
      const expected = rules(source.cssText);
      expect(expected).not.to.be.empty;
      expect(rules(built.cssText)).to.deep.equal(expected);
    });
  }
});
