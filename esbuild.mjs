// Builds Newsmark's bundles: the Node extension (and its analysis worker), the web-worker extension, the CLI and (with --tests) the
// compiled test suites. Flags: --production (minified, no source maps), --watch, --tests.
import * as esbuild from 'esbuild';
import { builtinModules } from 'node:module';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const watch = args.has('--watch');
const withTests = args.has('--tests');
const root = path.dirname(new URL(import.meta.url).pathname);
const coreDir = path.join(root, 'src', 'core') + path.sep;
// Helpers working in one tree at once can keep their compiled tests apart: NEWSMARK_TEST_OUT=out-mine.
const testOut = process.env.NEWSMARK_TEST_OUT || 'out';
const nodeBuiltins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** src/core is pure TypeScript: it runs in Node, a web worker and the CLI, so it may not import vscode. */
const coreStaysPure = {
  name: 'core-stays-pure',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      if (!args.importer.startsWith(coreDir)) return undefined;
      if (args.path === 'vscode') {
        return { errors: [{ text: `src/core must not import 'vscode' (${path.relative(root, args.importer)}): the core runs outside VS Code; put this in src/extension` }] };
      }
      if (nodeBuiltins.has(args.path)) {
        return { errors: [{ text: `src/core must not import the Node built-in '${args.path}' (${path.relative(root, args.importer)}): the core also runs in a web worker` }] };
      }
      return undefined;
    });
  },
};

/** The web-worker bundle runs where Node's built-ins do not exist: fail the build instead of shipping a broken extension. */
const noNodeBuiltinsInBrowser = {
  name: 'no-node-builtins-in-browser',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      if (nodeBuiltins.has(args.path)) {
        return { errors: [{ text: `the browser bundle may not use the Node built-in '${args.path}' (imported by ${path.relative(root, args.importer)})` }] };
      }
      return undefined;
    });
  },
};

/**
 * The export/import formats (with the CSV writer) are a bundle of their own, dist/exchange.js, that the Node
 * extension requires on the first export or import: `import()` in exchangeFormats.ts becomes a require of it.
 */
const exchangeFormatsLoadedLazily = {
  name: 'exchange-formats-loaded-lazily',
  setup(build) {
    build.onResolve({ filter: /\/core\/export\/formats$/ }, (args) => {
      if (path.basename(args.importer) !== 'exchangeFormats.ts') return undefined;
      return { path: './exchange.js', external: true };
    });
  },
};

/**
 * yaml's Node entry is CommonJS, which esbuild cannot tree-shake; its ES-module build (the one the web bundle
 * already uses, and plain JavaScript that runs in Node too) lets the extension ship only what the sidecar uses.
 */
const yamlAsEsModule = {
  name: 'yaml-as-es-module',
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, () => ({ path: path.join(root, 'node_modules', 'yaml', 'browser', 'index.js') }));
  },
};

/**
 * @cfworker/json-schema (4.1.6) sets its default base URI, at load, from `origin + pathname` of the global
 * `location`. In VS Code's web-worker extension host the worker runs from a blob: URL, whose pathname is a
 * whole URL itself, so that concatenation is no URL and loading the bundle threw 'Invalid URL': the web
 * extension never activated. Where that URL cannot be built, the library's own fallback base is used. Fails
 * the build when the expression changes, so an upgrade is looked at again.
 */
const cfworkerBaseUriInBlobWorkers = {
  name: 'cfworker-base-uri-in-blob-workers',
  setup(build) {
    build.onLoad({ filter: /[\\/]@cfworker[\\/]json-schema[\\/].*[\\/]dereference\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const unsafe = 'new URL(self.location.origin + self.location.pathname + location.search)';
      if (!source.includes(unsafe)) return { errors: [{ text: `${args.path} no longer builds its base URI as expected: check it in a blob: worker, then update or drop this plugin` }] };
      const guarded = `(() => { try { return ${unsafe}; } catch { return new URL('https://github.com/cfworker'); } })()`;
      return { contents: source.replace(unsafe, guarded), loader: 'js' };
    });
  },
};

/** Prints build errors in the `file:line:col: error: text` form that VS Code's problem matchers read. */
const reportProblems = {
  name: 'report-problems',
  setup(build) {
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        const where = location ? `${location.file}:${location.line}:${location.column}: ` : '';
        console.error(`✘ ${where}error: ${text}`);
      }
    });
  },
};

const common = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  logLevel: 'warning',
  target: 'es2022',
  plugins: [coreStaysPure, reportProblems],
};

const bundles = [
  {
    ...common,
    entryPoints: ['src/extension/extension.node.ts'],
    outfile: 'dist/extension.node.js',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    supported: { 'dynamic-import': false }, // so the lazy chunk is required, relative to this file
    plugins: [...common.plugins, exchangeFormatsLoadedLazily, yamlAsEsModule],
  },
  { ...common, entryPoints: ['src/core/export/formats.ts'], outfile: 'dist/exchange.js', platform: 'node', format: 'cjs' },
  // the analysis engine, run in a worker thread by the Node extension (workerAnalysis.ts)
  { ...common, entryPoints: ['src/extension/analysisWorker.ts'], outfile: 'dist/analysisWorker.js', platform: 'node', format: 'cjs' },
  {
    ...common,
    entryPoints: ['src/extension/extension.web.ts'],
    outfile: 'dist/extension.web.js',
    platform: 'browser',
    format: 'cjs',
    mainFields: ['browser', 'module', 'main'],
    external: ['vscode'],
    define: { global: 'globalThis' },
    plugins: [...common.plugins, noNodeBuiltinsInBrowser, cfworkerBaseUriInBlobWorkers],
  },
  { ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
];

/** Every *.test.ts under test/<tier> becomes its own file under out/test/<tier>, plus each tier's index. */
function testEntries(tier) {
  const dir = path.join(root, 'test', tier);
  const found = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(test|e2e)\.ts$/.test(name) || name === 'index.ts') found.push(path.relative(root, full));
    }
  };
  try { walk(dir); } catch { /* a tier with no folder has no tests */ }
  return found;
}

if (withTests) {
  rmSync(path.join(root, testOut), { recursive: true, force: true });
  bundles.push({
    ...common,
    sourcemap: 'inline',
    entryPoints: ['unit', 'integration', 'e2e'].flatMap(testEntries),
    outbase: 'test',
    outdir: `${testOut}/test`,
    platform: 'node',
    format: 'cjs',
    external: ['vscode', 'mocha', 'playwright-core', 'fast-check', 'yaml', 'wink-nlp', 'wink-eng-lite-web-model', 'compromise'],
  });
}

if (watch) {
  const contexts = await Promise.all(bundles.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('[newsmark] watching for changes…');
} else {
  try {
    await Promise.all(bundles.map((options) => esbuild.build(options)));
  } catch {
    process.exit(1);
  }
}
