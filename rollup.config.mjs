// Three builds:
// - npm entries in dist/, one module per source file, with bare `lit` imports so a host's bundler
//   shares one Lit; @lit/localize is bundled in, so civic-story's locale configuration never meets a
//   host page's own (lit/lit#1661);
// - dist/civic-story.bundle.js: one self-contained, minified ES module for a <script type="module">,
//   in English; each other UI locale is a small module beside it (dist/civic-story.bundle.nl.js, …)
//   that the bundle imports by its own URL only on a page in that language. The text of errors is
//   beside it too, loaded only when an element has an error to show: the messages
//   (dist/civic-story.bundle.messages.js, a build of its own, see below) and each locale's
//   translations of them (dist/civic-story.bundle.messages.nl.js, …).
// - dist/civic-story.classic.js: the same as a classic script (IIFE), with every UI locale and the
//   messages inlined.
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { transform } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, resolve as resolvePath } from 'node:path';

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
  // The `civic-story` command's logic (bin/civic-story.mjs runs it): Node only, not a package export.
  'cli/index': 'src/cli/index.ts',
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
 * The components' CSS (css`…` templates in src/), minified by esbuild's CSS minifier: comments explain
 * the styles to their readers, not to browsers, and whitespace, `0.5em`, `:host > *` have shorter forms
 * that mean the same. Runs on the compiled modules of src/ (the TypeScript plugin reads the sources
 * itself). A template's `${…}` parts stay as they are: each stands in the CSS as a placeholder
 * identifier while it is minified (they all sit where a value goes), and must come back exactly once,
 * in order. `target: 'esnext'` so nothing is rewritten for older browsers: the same rules, shorter.
 * test/bundle-styles.test.ts checks that each stylesheet parses to the same rules as its source.
 */
const HOLE = /__civic_hole_(\d+)__/;
// A template's raw text as the string the `css` tag receives (its cooked form).
const cook = (raw) =>
  raw.replace(/\\(u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|\r\n|[\s\S])/g, (_, escape, braced, unicode, hex) => {
    if (braced ?? unicode ?? hex) return String.fromCodePoint(parseInt(braced ?? unicode ?? hex, 16));
    if (escape === '\n' || escape === '\r\n' || escape === '\r') return '';
    if (/^[1-9]$/.test(escape)) throw new Error(`Octal escape \\${escape} in a css template`);
    return { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', 0: '\0' }[escape] ?? escape;
  });
// A string as template-literal source text.
const uncook = (text) => text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
async function minifyTemplate(raw, id) {
  const parts = raw.split(/(\$\{[^{}]*\})/);
  const holes = parts.filter((_, index) => index % 2);
  const statics = parts.filter((_, index) => index % 2 === 0).map(cook);
  if (statics.some((part) => part.includes('${') || HOLE.test(part))) throw new Error(`${id}: a css template with a nested \`\${…}\` or a placeholder name`);
  const source = statics.map((part, index) => (index ? `__civic_hole_${index - 1}__` : '') + part).join('');
  const { code, warnings } = await transform(source, { loader: 'css', minify: true, target: 'esnext', sourcefile: id, logLevel: 'silent' });
  if (warnings.length) throw new Error(`${id}: ${warnings.map((warning) => warning.text).join('; ')}`);
  const pieces = code.trim().split(new RegExp(HOLE.source, 'g'));
  const order = pieces.filter((_, index) => index % 2).map(Number);
  if (order.length !== holes.length || order.some((hole, index) => hole !== index)) throw new Error(`${id}: the css minifier moved or dropped a \`\${…}\` part`);
  return pieces.map((piece, index) => (index % 2 ? holes[Number(piece)] : uncook(piece))).join('');
}
function compactCss() {
  return {
    name: 'civic-compact-css',
    async transform(code, id) {
      if (!id.includes('/src/') || !/\bcss\s*`/.test(code)) return null;
      // A template runs to its first unescaped backtick (a comment may quote code as \`…\`).
      const template = /\bcss\s*`((?:[^`\\]|\\[\s\S])*)`/g;
      const minified = [];
      for (const [, raw] of code.matchAll(template)) minified.push(await minifyTemplate(raw, id));
      let index = 0;
      return { code: code.replace(template, () => `css\`${minified[index++]}\``), map: null };
    },
  };
}

// The CDN bundle's UI locales, each in its own file beside the bundle, and each locale's error
// messages in another (`messages.<locale>`, loaded only for an error). A locale module imports only
// `str` from @lit/localize (a tagged template that returns { strTag, strings, values }); each locale
// gets its own copy, so a locale file imports nothing and no shared chunk appears. The bundle imports
// a locale by a URL relative to itself (import.meta.url), and a failed load names the file it wanted.
const LOCALE_SOURCE = /[\\/]src[\\/]i18n[\\/](locales|error-locales)[\\/](\w+)\.ts$/;
const LOCALE_STR = '\0civic-locale-str:';
const BUNDLE_FILE = 'civic-story.bundle.js';
const localeChunk = (id) => {
  const match = LOCALE_SOURCE.exec(id);
  return match && (match[1] === 'locales' ? match[2] : `messages.${match[2]}`);
};
// The messages module: the bundle imports it by its URL beside itself, and builds none of it in.
const MESSAGES_SOURCE = resolvePath('src/load/failure-text.ts');
const MESSAGES_FILE = 'civic-story.bundle.messages.js';
const MESSAGES_ID = '\0civic-messages';
const LOAD_BESIDE = '((url)=>import(url).catch((error)=>{throw new Error(`${url} did not load`,{cause:error})}))(new URL(';
function bundleLocales() {
  return {
    name: 'civic-bundle-locales',
    resolveId(source, importer) {
      if (importer && source.startsWith('.') && resolvePath(dirname(importer), source).replace(/\.js$/, '.ts') === MESSAGES_SOURCE) return { id: MESSAGES_ID, external: true };
      const locale = importer && localeChunk(importer);
      return locale && source === '@lit/localize' ? `${LOCALE_STR}${locale}` : null;
    },
    load(id) {
      return id.startsWith(LOCALE_STR) ? 'export const str = (strings, ...values) => ({ strTag: true, strings, values });' : null;
    },
    renderDynamicImport({ targetModuleId }) {
      // The messages: the specifier rollup writes for the external stands after the URL, unused.
      if (targetModuleId === MESSAGES_ID) return { left: `${LOAD_BESIDE}${JSON.stringify(MESSAGES_FILE)},import.meta.url).href,`, right: ')' };
      if (!targetModuleId || !LOCALE_SOURCE.test(targetModuleId)) this.error(`Unexpected dynamic import of ${targetModuleId} in the CDN bundle.`);
      return { left: LOAD_BESIDE, right: ',import.meta.url).href)' };
    },
    generateBundle(_, bundle) {
      // Exactly the bundle and one file per locale and kind: a page in Dutch loads two files, and an
      // error on it two more (the messages, built apart, and their Dutch), never another.
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const expected = file.isEntry ? file.fileName === BUNDLE_FILE : /^civic-story\.bundle\.(messages\.)?[a-z]{2,3}\.js$/.test(file.fileName) && file.imports.length === 0;
        if (!expected) this.error(`Unexpected chunk ${file.fileName} (imports: ${file.imports.join(', ') || 'none'}) in the CDN bundle.`);
      }
    },
  };
}

// dist/civic-story.bundle.messages.js: the messages of errors (src/load/failure-text.ts and what it
// imports), as a module that imports nothing. What it shares with the bundle (msg() of the bundle's
// @lit/localize, whose locale is the page's; the number and date formats) it receives from the
// bundle that loads it, through `linkHost` (the HOST object of src/load/failure-text-loader.ts, these
// names exactly): a static import of the bundle from beside it would miss a bundle loaded by a URL
// with a query (`?ver=2`, as WordPress adds) and load a second copy.
const HOST_NAMES = (() => {
  const source = readFileSync('src/load/failure-text-loader.ts', 'utf8');
  const names = /const HOST = \{([^}]*)\}/.exec(source)?.[1].split(',').map((entry) => entry.split(':')[0].trim()).filter(Boolean);
  if (!names?.length) throw new Error('src/load/failure-text-loader.ts: no HOST object found');
  return names;
})();
const HOST_MODULE = /([\\/]node_modules[\\/]@lit[\\/]localize[\\/]|[\\/]src[\\/]i18n[\\/](localization|format|numbers|plural)\.ts$)/;
const HOST_ID = '\0civic-host';
const MESSAGES_ENTRY = '\0civic-messages-entry';
function messagesModule() {
  return {
    name: 'civic-messages-module',
    resolveId(source, importer) {
      if (source === MESSAGES_ENTRY || source === HOST_ID) return source;
      if (!importer || importer === HOST_ID) return null;
      return this.resolve(source, importer, { skipSelf: true }).then((resolved) => (resolved && HOST_MODULE.test(resolved.id) ? HOST_ID : resolved));
    },
    load(id) {
      if (id === MESSAGES_ENTRY) return `export * from ${JSON.stringify(MESSAGES_SOURCE)};\nexport { linkHost } from '${HOST_ID}';`;
      if (id !== HOST_ID) return null;
      return [
        `export let ${HOST_NAMES.join(', ')};`,
        'export const str = (strings, ...values) => ({ strTag: true, strings, values });',
        `export function linkHost(host) { ({ ${HOST_NAMES.join(', ')} } = host); }`,
      ].join('\n');
    },
    generateBundle(_, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const [chunk] = chunks;
      if (chunks.length !== 1 || chunk.imports.length || chunk.dynamicImports.length) this.error(`The messages module must be one file that imports nothing: ${chunks.map((file) => file.fileName).join(', ')}`);
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
  terser({ ecma: 2022, module, compress: { passes: 2 }, format: { comments: false } }),
];

export default [
  {
    input: entries,
    external: (id) => litPackages.test(id) || runtimeDependencies.test(id),
    plugins: [resolve({ exportConditions: ['browser', 'production'] }), typescript(typescriptOptions), compactCss()],
    // @lit/localize's modules do nothing at import but set up their own state, so a module that
    // imports only `msg` need not import the runtime for its effects. Without this, each such module
    // of dist/ would carry a bare `import '../vendor/@lit/localize/init/runtime.js'`, which bundlers
    // drop anyway (package.json `sideEffects` lists only the entries), with a warning from esbuild.
    treeshake: { moduleSideEffects: (id, external) => external || !/[\\/]node_modules[\\/]@lit[\\/]localize[\\/]/.test(id) },
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
      manualChunks: (id) => localeChunk(id) ?? (id.startsWith(LOCALE_STR) ? id.slice(LOCALE_STR.length) : undefined),
      sourcemap: false,
    },
    onwarn,
  },
  {
    input: MESSAGES_ENTRY,
    plugins: [messagesModule(), ...bundlePlugins({ module: true })],
    output: { file: `dist/${MESSAGES_FILE}`, format: 'es', sourcemap: false },
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
