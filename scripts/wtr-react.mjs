// A @web/test-runner plugin that serves React 19 (and Vue 3) as ES modules. React ships CommonJS, which the test
// server's node-resolve cannot load in a browser; esbuild bundles it once into one module (one React
// instance for react, react-dom and the civic-story wrappers), and `react`, `react-dom`,
// `react-dom/client` resolve to small modules that re-export its names.
import { execFileSync } from 'node:child_process';
import { buildSync } from 'esbuild';

const PACKAGES = { react: 'React', 'react-dom': 'ReactDOM', 'react-dom/client': 'ReactDOMClient' };
const BASE = '/__react__/';

// The names each package exports, read in a child process: React's development build patches the
// console as it loads, which the test runner's own console wrapper does not survive.
let exported;
function exportedNames() {
  exported ??= JSON.parse(
    execFileSync(process.execPath, ['-e', `console.log(JSON.stringify(Object.fromEntries(${JSON.stringify(Object.keys(PACKAGES))}.map((name) => [name, Object.keys(require(name))]))))`], {
      encoding: 'utf8',
    }),
  );
  return exported;
}

let bundle;
function reactBundle() {
  bundle ??= buildSync({
    stdin: {
      contents: Object.entries(PACKAGES)
        .map(([name, binding]) => `import * as ${binding} from '${name}'; export { ${binding} };`)
        .join('\n'),
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  }).outputFiles[0].text;
  return bundle;
}

const fileOf = (name) => `${BASE}${name.replace('/', '-')}.js`;

export function reactEsm() {
  return {
    name: 'civic-react-esm',
    resolveImport({ source }) {
      if (source in PACKAGES) return fileOf(source);
      // Vue's browser build: ES modules with the template compiler, no `process.env` to define.
      if (source === 'vue') return '/node_modules/vue/dist/vue.esm-browser.js';
      return undefined;
    },
    serve(context) {
      if (!context.path.startsWith(BASE)) return undefined;
      if (context.path === `${BASE}bundle.js`) return { body: reactBundle(), type: 'js' };
      const name = Object.keys(PACKAGES).find((candidate) => fileOf(candidate) === context.path);
      if (!name) return undefined;
      const binding = PACKAGES[name];
      const names = exportedNames()[name].filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');
      return {
        body: `import { ${binding} } from '${BASE}bundle.js';\nconst module = ${binding}.default ?? ${binding};\nexport default module;\nexport const { ${names.join(', ')} } = module;\n`,
        type: 'js',
      };
    },
  };
}
