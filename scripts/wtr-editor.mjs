// A @web/test-runner plugin for the catalogue's story editor (test/editor.test.ts): its JSON Schema
// support, codemirror-json-schema, depends on packages published as CommonJS only, which the test
// server cannot load in a browser (Storybook's Vite converts them). esbuild bundles it once into one
// module, leaving CodeMirror's own packages to the server, so the editor and its JSON Schema support
// share one CodeMirror.
import { buildSync } from 'esbuild';

const SOURCE = 'codemirror-json-schema';
const PATH = '/__editor__/codemirror-json-schema.js';

let bundle;
function schemaBundle() {
  bundle ??= buildSync({
    entryPoints: [SOURCE],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    external: ['@codemirror/*', '@lezer/*'],
    logLevel: 'silent',
  }).outputFiles[0].text;
  return bundle;
}

export function editorEsm() {
  return {
    name: 'civic-editor-esm',
    resolveImport({ source }) {
      return source === SOURCE ? PATH : undefined;
    },
    serve(context) {
      return context.path === PATH ? { body: schemaBundle(), type: 'js' } : undefined;
    },
  };
}
