// The custom elements manifest (dist/custom-elements.json) as tools use it, and what is generated from
// it: JSX types (React 19, Preact, Solid), Vue GlobalComponents types, VS Code HTML/CSS custom data and
// JetBrains web-types. `cem analyze` reads this file (npm run build).
//
// What the plugin below changes in the analyzer's raw output:
// - module paths point at dist/*.js (the published files), not src/*.ts;
// - types written as aliases of literal unions (`CityProfileVariant`) become their values
//   (`'full' | 'compact'`), so generators and editors can offer them;
// - `civic-load` / `civic-error` are typed on every element;
// - only the three elements and the modules that define them stay: no abstract base class, no private
//   members, no styles, locale tables or test fixtures.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';

const OUT = 'dist';

/** `src/x/y.ts` → `dist/x/y.js` */
const distPath = (path) => path.replace(/^\/?src\//, `${OUT}/`).replace(/\.ts$/, '.js');

const EVENTS = {
  'civic-load': {
    detail: 'CivicLoadDetail',
    description: 'The document was loaded, validated and rendered (`detail.document`). Fires once per document, after the view shows it.',
  },
  'civic-error': {
    detail: 'CivicErrorDetail',
    description: 'The document could not be loaded or is not valid (`detail.message`, localized; `detail.issues`, each with its path).',
  },
};

/** Type aliases whose value is a union of literals, collected from the sources: name → value text. */
const aliases = new Map();

function expand(text) {
  if (typeof text !== 'string') return text;
  let result = text;
  for (const [name, value] of aliases) result = result.replace(new RegExp(`\\b${name}\\b`, 'g'), value);
  return result;
}

function expandTypes(item) {
  for (const key of ['type', 'return']) {
    if (item?.[key]?.text) item[key].text = expand(item[key].text);
  }
  for (const parameter of item?.parameters ?? []) expandTypes(parameter);
}

function civicManifestPlugin() {
  return {
    name: 'civic-story-manifest',
    analyzePhase({ ts, node }) {
      if (!ts.isTypeAliasDeclaration(node) || !ts.isUnionTypeNode(node.type)) return;
      if (!node.type.types.every((member) => ts.isLiteralTypeNode(member))) return;
      aliases.set(node.name.text, node.type.types.map((member) => member.getText()).join(' | '));
    },
    packageLinkPhase({ customElementsManifest: manifest }) {
      const elementModules = new Set();
      for (const module of manifest.modules) {
        module.declarations = (module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName);
        for (const element of module.declarations) {
          elementModules.add(module.path);
          element.members = (element.members ?? []).filter(
            (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.static && !member.name.startsWith('#'),
          );
          for (const member of element.members) {
            expandTypes(member);
            if (member.inheritedFrom?.module) member.inheritedFrom.module = distPath(member.inheritedFrom.module);
          }
          // `lang` is the global attribute, which the elements observe: it says which language of the
          // document's texts to prefer (the labels follow the page).
          for (const attribute of element.attributes ?? []) {
            if (attribute.name === 'lang' && !attribute.fieldName) {
              Object.assign(attribute, {
                fieldName: 'lang',
                type: { text: 'string' },
                description: 'The preferred language of the content (a BCP 47 tag); labels, numbers and dates follow the page language.',
              });
            }
          }
          element.attributes = (element.attributes ?? []).filter((attribute) => attribute.fieldName);
          for (const attribute of element.attributes) {
            expandTypes(attribute);
            if (attribute.inheritedFrom?.module) attribute.inheritedFrom.module = distPath(attribute.inheritedFrom.module);
          }
          if (element.superclass?.module) element.superclass.module = distPath(element.superclass.module);
          element.events = Object.entries(EVENTS).map(([name, { detail, description }]) => ({
            name,
            type: { text: `CustomEvent<${detail}>` },
            description,
          }));
        }
      }
      manifest.modules = manifest.modules.filter((module) => elementModules.has(module.path));
      for (const module of manifest.modules) {
        module.path = distPath(module.path);
        for (const entry of module.exports ?? []) {
          if (entry.declaration?.module) entry.declaration.module = distPath(entry.declaration.module);
        }
        module.exports = (module.exports ?? []).filter(
          (entry) => entry.kind === 'custom-element-definition' || module.declarations.some((declaration) => declaration.name === entry.name),
        );
      }
      // Each tag is registered by its own entry module (`civic-story/civic-timeline.js`), through a
      // helper the analyzer does not follow: `dist/<dir>/<tag>.js` next to the class's module.
      const definitions = manifest.modules.flatMap((module) =>
        module.declarations.map((element) => ({
          kind: 'javascript-module',
          path: module.path.replace(/[^/]+$/, `${element.tagName}.js`),
          declarations: [],
          exports: [
            { kind: 'js', name: element.name, declaration: { name: element.name, module: module.path } },
            { kind: 'custom-element-definition', name: element.tagName, declaration: { name: element.name, module: module.path } },
          ],
        })),
      );
      manifest.modules.push(...definitions);
      generateIntegrations(manifest);
    },
  };
}

/** `dist/city-profile/city-profile.js` → `./city-profile/city-profile.js` (relative to dist/). */
const fromDist = (path) => `./${path.slice(OUT.length + 1)}`;

function generateIntegrations(manifest) {
  const elements = manifest.modules.flatMap((module) => module.declarations.map((element) => ({ element, module })));
  for (const { module } of elements) {
    if (!existsSync(module.path.replace(/\.js$/, '.ts').replace(/^dist\//, 'src/'))) throw new Error(`civic-story manifest: no source for ${module.path}`);
  }
  const modulesByName = new Map(elements.map(({ element, module }) => [element.name, module.path]));
  const common = { outdir: OUT, hideLogs: true };

  // JSX: the event's type is read as the detail type, and a type name it sees is imported from the
  // element's module; an `import()` type needs no import and names the one declaration of each detail.
  const forJsx = structuredClone(manifest);
  for (const module of forJsx.modules) {
    for (const element of module.declarations) {
      for (const event of element.events) event.type = { text: `import('./load/events.js').${EVENTS[event.name].detail}` };
    }
  }
  generateJsxTypes(forJsx, {
    ...common,
    fileName: 'jsx-elements.d.ts',
    componentTypePath: (name) => fromDist(modulesByName.get(name)),
  });
  generateVuejsTypes(forJsx, {
    ...common,
    fileName: 'vue-elements.d.ts',
    componentTypePath: (name) => fromDist(modulesByName.get(name)),
  });
  // Vue's templates type `@civic-load` as the prop `onCivicLoad`, and `:heading-level` as
  // `headingLevel` (which Vue sets as the element's property).
  const vueFile = `${OUT}/vue-elements.d.ts`;
  const camel = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
  writeFileSync(
    vueFile,
    readFileSync(vueFile, 'utf8')
      .replace(/"on(civic-[a-z-]+)"/g, (_, name) => `on${camel(`-${name}`)}`)
      .replace(/^(\s*)"([a-z]+(?:-[a-z]+)+)"\?:/gm, (_, indent, name) => `${indent}${camel(name)}?:`),
  );
  generateVsCodeCustomElementData(manifest, {
    ...common,
    htmlFileName: 'vscode.html-custom-data.json',
    cssFileName: 'vscode.css-custom-data.json',
  });
  // The entries a project imports: `civic-story/jsx` (React 19's JSX, and the types for Preact or
  // Solid) and `civic-story/vue` (Vue's GlobalComponents). Each is also a module that does nothing at
  // run time, so an `import 'civic-story/jsx'` next to the element imports is harmless in a bundle.
  const header = '// Generated from custom-elements.json by `npm run build`.\n';
  writeFileSync(
    `${OUT}/jsx.d.ts`,
    `${header}import type { CustomElements } from './jsx-elements.js';
export type { CustomElements, ScopedElements, CivicCityProfileProps, CivicTimelineProps, CivicQuoteProps } from './jsx-elements.js';

/** The three tags in React 19's JSX (\`react-jsx\` and the classic runtime). Preact and Solid: extend your JSX's IntrinsicElements with \`CustomElements\`. */
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`,
  );
  writeFileSync(`${OUT}/jsx.js`, `${header}export {};\n`);
  // civic-story/react brings the JSX types of the bare tags with it.
  const reactTypes = `${OUT}/react/index.d.ts`;
  const reference = '/// <reference path="../jsx.d.ts" />\n';
  if (existsSync(reactTypes) && !readFileSync(reactTypes, 'utf8').startsWith(reference)) {
    writeFileSync(reactTypes, `${reference}${readFileSync(reactTypes, 'utf8')}`);
  }
  writeFileSync(`${OUT}/vue.d.ts`, `${header}export type { CustomElements } from './vue-elements.js';\n`);
  writeFileSync(`${OUT}/vue.js`, `${header}export {};\n`);
  generateJetBrainsWebTypes(manifest, {
    ...common,
    fileName: 'web-types.json',
    packageJson: false,
  });
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/test/**', 'src/i18n/locales/**', 'src/ssr/**', 'src/react/**'],
  outdir: OUT,
  litelement: true,
  plugins: [civicManifestPlugin()],
};
