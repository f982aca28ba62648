// Three builds:
// - npm entries in dist/, one module per source file, with bare `lit` imports so a host's bundler
//   shares one Lit; @lit/localize is bundled in, so civic-story's locale configuration never meets a
//   host page's own (lit/lit#1661);
// - dist/civic-story.bundle.js: one self-contained, minified ES module for a <script type="module">,
//   in English; each other UI locale is a small module beside it (dist/civic-story.bundle.nl.js, …)
//   that the bundle imports by its own URL only on a page in that language.
// - dist/civic-story.classic.js: the same as a classic script (IIFE), with every UI locale inlined.
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const entries = {
  index: 'src/index.ts',
  'schema/index': 'src/schema/index.ts',
  'city-profile/civic-city-profile': 'src/city-profile/civic-city-profile.ts',
  'timeline/civic-timeline': 'src/timeline/civic-timeline.ts',
  'quote/civic-quote': 'src/quote/civic-quote.ts',
  // Separate entries, for React apps and for server rendering in Node; not part of the elements' size.
  'react/index': 'src/react/index.ts',
  'ssr/index': 'src/ssr/index.ts',
  // The authoring tools (the `civic-story` command, the story editor): never part of the elements or the CDN bundle.
  'authoring/index': 'src/authoring/index.ts',
};

const litPackages = /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/;
const runtimeDependencies = /^(papaparse|react|@lit\/react|@lit-labs\/ssr)(\/|$)/;

const typescriptOptions = {
  tsconfig: './tsconfig.json',
  declaration: false,
  noEmitOnError: true,
  outDir: 'dist',
  // Patterns are resolved from filterRoot, which defaults to the tsconfig's rootDir (src/).
  filterRoot: '.',
  include: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'test/**', 'stories/**', '.storybook/**'],
};

// lit-html creates its Trusted Types policy ("lit-html") when the module is evaluated. On a page whose
// CSP does not allow that name (`trusted-types default`, `trusted-types 'none'`), createPolicy throws
// and the whole bundle fails with an uncaught error. In the CDN bundle the call is wrapped so that it
// cannot throw; civic-story's define step then finds that Lit cannot render, reports it in the console
// and defines nothing, so each element's light-DOM fallback stays. (npm users bundle their own Lit.)
const LIT_POLICY = /(\w+)\.createPolicy\("lit-html",\{createHTML:(\w+)=>\2\}\)/g;
const guardLitPolicy = {
  name: 'civic-story-guard-lit-policy',
  transform(code, id) {
    if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
    const matches = code.match(LIT_POLICY)?.length ?? 0;
    if (matches !== 1) this.error(`lit-html: expected one createPolicy("lit-html", …) call to guard, found ${matches}.`);
    return {
      code: code.replace(LIT_POLICY, '(()=>{try{return $1.createPolicy("lit-html",{createHTML:$2=>$2})}catch{return void 0}})()'),
      map: null,
    };
  },
};

/**
 * The components' CSS (css`…` templates in src/) without its comments, indentation and the line breaks
 * and spaces around its delimiters: comments
 * explain the styles to their readers, not to browsers. Runs on the compiled modules of src/ (the
 * TypeScript plugin reads the sources itself); a template's `${…}` parts are left as they are.
 */
const compactStatic = (text) =>
  text
    .replace(/\n\s*/g, '\n')
    // One declaration a line: no space after a property's colon (a selector's pseudo-class colon has none).
    .replace(/^(-{0,2}[a-z][\w-]*):\s+/gm, '$1:')
    // No line break or space around the delimiters where CSS ignores whitespace.
    .replace(/\s*([{}])\s*/g, '$1')
    .replace(/([;,])\n/g, '$1');
// Only the CSS between a template's `${…}` parts is compacted; the parts stay as they are.
const compact = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/(\$\{[^{}]*\})/)
    .map((part, index) => (index % 2 ? part : compactStatic(part)))
    .join('');
function compactCss() {
  return {
    name: 'civic-compact-css',
    transform(code, id) {
      if (!id.includes('/src/') || !/\bcss\s*`/.test(code)) return null;
      return {
        // A template runs to its first unescaped backtick (a comment may quote code as \`…\`).
        code: code.replace(/\bcss\s*`((?:[^`\\]|\\[\s\S])*)`/g, (_, text) => `css\`${compact(text)}\``),
        map: null,
      };
    },
  };
}

// The CDN bundle's UI locales, each in its own file beside the bundle. A locale module imports only
// `str` from @lit/localize (a tagged template that returns { strTag, strings, values }); each locale
// gets its own copy, so a locale file imports nothing and no shared chunk appears. The bundle imports
// a locale by a URL relative to itself (import.meta.url), and a failed load names the file it wanted.
const LOCALE_SOURCE = /[\\/]src[\\/]i18n[\\/]locales[\\/](\w+)\.ts$/;
const LOCALE_STR = '\0civic-locale-str:';
const BUNDLE_FILE = 'civic-story.bundle.js';
function bundleLocales() {
  return {
    name: 'civic-bundle-locales',
    resolveId(source, importer) {
      const locale = importer && LOCALE_SOURCE.exec(importer)?.[1];
      return locale && source === '@lit/localize' ? `${LOCALE_STR}${locale}` : null;
    },
    load(id) {
      return id.startsWith(LOCALE_STR) ? 'export const str = (strings, ...values) => ({ strTag: true, strings, values });' : null;
    },
    renderDynamicImport({ targetModuleId }) {
      if (!targetModuleId || !LOCALE_SOURCE.test(targetModuleId)) this.error(`Unexpected dynamic import of ${targetModuleId} in the CDN bundle.`);
      return {
        left: '((url)=>import(url).catch((error)=>{throw new Error(`${url} did not load`,{cause:error})}))(new URL(',
        right: ',import.meta.url).href)',
      };
    },
    generateBundle(_, bundle) {
      // Exactly the bundle and one file per locale: a page in Dutch loads two files, never a third.
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const expected = file.isEntry ? file.fileName === BUNDLE_FILE : /^civic-story\.bundle\.[a-z]{2,3}\.js$/.test(file.fileName) && file.imports.length === 0;
        if (!expected) this.error(`Unexpected chunk ${file.fileName} (imports: ${file.imports.join(', ') || 'none'}) in the CDN bundle.`);
      }
    },
  };
}

const onwarn = (warning, warn) => {
  // Lit's own modules use `this` at the top level in a harmless way.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

/** The plugins both one-file bundles share: an ES module (`module: true`) or a classic script. */
const bundlePlugins = ({ module }) => [
  guardLitPolicy,
  resolve({ exportConditions: ['browser', 'production'] }),
  typescript(typescriptOptions),
  compactCss(),
  terser({ ecma: 2022, module, format: { comments: false } }),
];

export default [
  {
    input: entries,
    external: (id) => litPackages.test(id) || runtimeDependencies.test(id),
    plugins: [resolve({ exportConditions: ['browser', 'production'] }), typescript(typescriptOptions), compactCss()],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: (chunk) => (chunk.name.includes('node_modules') ? `vendor/${chunk.name.replace(/^.*node_modules\//, '')}.js` : '[name].js'),
      sourcemap: false,
    },
    onwarn,
  },
  {
    input: 'src/index.ts',
    plugins: [bundleLocales(), ...bundlePlugins({ module: true })],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: BUNDLE_FILE,
      chunkFileNames: 'civic-story.bundle.[name].js',
      manualChunks: (id) => LOCALE_SOURCE.exec(id)?.[1] ?? (id.startsWith(LOCALE_STR) ? id.slice(LOCALE_STR.length) : undefined),
      sourcemap: false,
    },
    onwarn,
  },
  // dist/civic-story.classic.js: the same bundle as a classic script (an IIFE that defines the
  // elements and sets `window.CivicStory`), for hosts that only allow `<script src>` without
  // `type="module"`, and for pages opened from file://, where browsers refuse module scripts.
  {
    input: 'src/index.ts',
    plugins: bundlePlugins({ module: false }),
    output: {
      file: 'dist/civic-story.classic.js',
      format: 'iife',
      name: 'CivicStory',
      inlineDynamicImports: true,
      sourcemap: false,
    },
    onwarn,
  },
];
