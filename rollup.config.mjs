// Two builds:
// - npm entries in dist/, one module per source file, with bare `lit` imports so a host's bundler
//   shares one Lit; @lit/localize is bundled in, so civic-story's locale configuration never meets a
//   host page's own (lit/lit#1661);
// - dist/civic-story.bundle.js: one self-contained, minified ES module for a <script type="module">.
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const entries = {
  index: 'src/index.ts',
  'schema/index': 'src/schema/index.ts',
  'city-profile/civic-city-profile': 'src/city-profile/civic-city-profile.ts',
  'timeline/civic-timeline': 'src/timeline/civic-timeline.ts',
  'quote/civic-quote': 'src/quote/civic-quote.ts',
};

const litPackages = /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/;
const runtimeDependencies = /^valibot(\/|$)/;

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
 * The components' CSS (css`…` templates in src/) without its comments and indentation: comments
 * explain the styles to their readers, not to browsers. Runs on the compiled modules of src/ (the
 * TypeScript plugin reads the sources itself); a template's `${…}` parts are left as they are.
 */
function compactCss() {
  return {
    name: 'civic-compact-css',
    transform(code, id) {
      if (!id.includes('/src/') || !/\bcss\s*`/.test(code)) return null;
      return {
        code: code.replace(/\bcss\s*`([^`]*)`/g, (_, text) => `css\`${text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\n\s*/g, '\n')}\``),
        map: null,
      };
    },
  };
}

const onwarn = (warning, warn) => {
  // Lit's own modules use `this` at the top level in a harmless way.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

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
    plugins: [
      guardLitPolicy,
      resolve({ exportConditions: ['browser', 'production'] }),
      typescript(typescriptOptions),
      compactCss(),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
    output: {
      file: 'dist/civic-story.bundle.js',
      format: 'es',
      inlineDynamicImports: true,
      sourcemap: false,
    },
    onwarn,
  },
];
