// A @web/test-runner plugin that serves CommonJS-only packages (papaparse) as ES modules: the test
// server's node-resolve hands a browser the package's file as it is, which a module script cannot run.
// esbuild bundles each once into a module whose default export is the package's `module.exports`.
import { buildSync } from 'esbuild';

const BASE = '/__cjs__/';

export function commonJsEsm(packages) {
  const built = new Map();
  return {
    name: 'civic-cjs-esm',
    resolveImport({ source }) {
      return packages.includes(source) ? `${BASE}${source}.js` : undefined;
    },
    serve(context) {
      if (!context.path.startsWith(BASE)) return undefined;
      const name = context.path.slice(BASE.length, -'.js'.length);
      if (!packages.includes(name)) return undefined;
      if (!built.has(name)) {
        const result = buildSync({
          stdin: { contents: `export { default } from '${name}';`, resolveDir: process.cwd(), loader: 'js' },
          bundle: true,
          format: 'esm',
          write: false,
          logLevel: 'silent',
        });
        built.set(name, result.outputFiles[0].text);
      }
      return { body: built.get(name), type: 'js' };
    },
  };
}
