// A @web/test-runner plugin for packages that reach the browser tests only as CommonJS, which the test
// server cannot load in a browser (Storybook's Vite and the package build convert them): papaparse
// (the authoring core's table parser) and what codemirror-json-schema (the story editor's JSON Schema
// support) depends on. esbuild bundles each once into one ES module; CodeMirror's own packages stay
// with the server, so the editor and its JSON Schema support share one CodeMirror.
import { buildSync } from 'esbuild';

const BASE = '/__cjs__/';
const PACKAGES = {
  // papaparse is one CommonJS module: its module.exports becomes the default export.
  papaparse: { contents: `import Papa from 'papaparse'; export default Papa;` },
  'codemirror-json-schema': { contents: `export * from 'codemirror-json-schema';`, external: ['@codemirror/*', '@lezer/*'] },
};

const bundles = new Map();
function bundle(name) {
  if (!bundles.has(name)) {
    const { contents, external = [] } = PACKAGES[name];
    const output = buildSync({
      stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      external,
      logLevel: 'silent',
    });
    bundles.set(name, output.outputFiles[0].text);
  }
  return bundles.get(name);
}

export function commonJsAsEsm() {
  return {
    name: 'civic-commonjs-as-esm',
    resolveImport({ source }) {
      return Object.hasOwn(PACKAGES, source) ? `${BASE}${source}.js` : undefined;
    },
    serve(context) {
      if (!context.path.startsWith(BASE)) return undefined;
      const name = context.path.slice(BASE.length, -'.js'.length);
      return Object.hasOwn(PACKAGES, name) ? { body: bundle(name), type: 'js' } : undefined;
    },
  };
}
