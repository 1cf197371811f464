// Flat ESLint config. Besides the usual recommended sets, it enforces the import
// direction between layers described in shared/design.md ("Layers and the direction
// of imports"): core <- translate, core <- engine, core <- state, core <- render, ui on top.
// Every other layer reaches the convolution core through its one entry, src/core/index.ts.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const TS_JS = '**/*.{ts,tsx,js,mjs,cjs}';

// ---- building blocks for no-restricted-imports ---------------------------------
const TFJS = {
  regex: '^@tensorflow/',
  message: 'TensorFlow.js is used only inside src/engine: tensors never leave src/engine (design.md, Layers).',
};
const pkg = (regex, message) => ({ regex, message });
/** Relative import of a sibling layer, e.g. `../engine`, `../../ui/App`. */
const layer = (names, message) => ({
  regex: `^(\\.\\./)+(${names.join('|')})(/.*)?$`,
  message,
});
const restrict = (...patterns) => ['error', { patterns }];
/** Every layer's rule allows its own tests (`*.test.ts`) to use the golden helpers of src/testing. */
const TEST_FILES = 'src/**/*.test.{ts,tsx}';

/** A path into src/core below its entry (`../core/plan`): only `../core` (index.ts) is public. */
const CORE_ENTRY = {
  regex: '^(\\.\\.?/)+core/.+$',
  message: 'Import the convolution core through its one entry, src/core/index.ts (`../core`), so its inside can move without touching other layers.',
};
/** src/testing holds golden-vector helpers for tests and the self-test page only. */
const TESTING = {
  regex: '^(\\.\\.?/)+testing(/.*)?$',
  message: 'src/testing is for tests (*.test.ts) and the self-test page (src/ui/selftest) only: the app itself must not ship golden-test helpers.',
};
/**
 * Globals the pure layers (core, translate) must not touch: every browser
 * global that Node does not have too (they run in Node tests and will run in
 * a worker), plus the few Node has but that reach outside (storage, network).
 */
const BROWSER_GLOBALS = [
  ...Object.keys(globals.browser).filter((name) => !(name in globals.node) && !(name in globals.es2021)),
  ...['navigator', 'localStorage', 'sessionStorage', 'fetch', 'WebSocket'],
];
const CORE_WHY =
  'src/core is the pure convolution core: no React, zustand, tfjs or DOM, so it can be tested in Node and reused as a library (design.md, Layers).';
const ENGINE_WHY = 'engine imports only core and tfjs; tensors never leave it (design.md, Layers).';
const STATE_WHY =
  'src/state holds the zustand store and URL codec over plain data: it must not import react-dom, tfjs, the engine, render or ui (design.md, Layers).';
const TRANSLATE_WHY =
  'src/translate turns a Plan into each framework\'s terms (tables, code, layer parsers): it imports only src/core, and nothing below it imports it back.';
const RENDER_WHY =
  'src/render draws grids and overlays from plain data only: no React, zustand, tfjs, engine, state or ui (design.md, Layers).';

/**
 * A layer of plain data and functions (core, translate, render): no React,
 * zustand or tfjs, none of the layers `above` it, core only through its entry,
 * no golden-test helpers; `browserGlobals: false` also bans the DOM's globals
 * (code that must run in Node and in a worker).
 */
function plainLayer(files, why, above, { browserGlobals = true } = {}) {
  return {
    files: [files],
    rules: {
      'no-restricted-imports': restrict(
        pkg('^(react|react-dom|zustand)(/.*)?$', why),
        { regex: '^@tensorflow/', message: why },
        layer(above, why),
        CORE_ENTRY,
        TESTING,
      ),
      ...(browserGlobals ? {} : { 'no-restricted-globals': ['error', ...BROWSER_GLOBALS.map((name) => ({ name, message: why }))] }),
    },
  };
}

const config = defineConfig(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench-out/**'] },

  js.configs.recommended,
  ...tseslint.configs.recommended,

  // Default environment: Node (configs, scripts, e2e specs run in Node).
  {
    files: [TS_JS],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // e2e specs also contain functions that run inside the page (page.evaluate).
  { files: ['e2e/**/*.ts'], languageOptions: { globals: { ...globals.browser, ...globals.node } } },

  // App code runs in the browser.
  { files: ['src/**/*.{ts,tsx}'], languageOptions: { globals: { ...globals.browser } } },

  // React hooks rules apply where React lives.
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/main.tsx'],
    ...reactHooks.configs.flat.recommended,
  },

  // ---- layer rules ----------------------------------------------------------------
  // Note: a later config block *replaces* (does not merge) an earlier block's options
  // for the same rule, so every layer block repeats the tfjs restriction.

  // Everything outside src/engine (e2e/ and scripts/ may use what they need).
  {
    files: [TS_JS],
    ignores: ['src/engine/**', 'e2e/**', 'scripts/**'],
    rules: { 'no-restricted-imports': restrict(TFJS) },
  },

  plainLayer('src/core/**', CORE_WHY, ['engine', 'state', 'render', 'ui', 'translate'], { browserGlobals: false }),

  {
    files: ['src/engine/**'],
    rules: {
      'no-restricted-imports': restrict(
        pkg('^(react|react-dom|zustand)(/.*)?$', ENGINE_WHY),
        layer(['state', 'render', 'ui', 'translate'], ENGINE_WHY),
        CORE_ENTRY,
        TESTING,
      ),
    },
  },

  {
    files: ['src/state/**'],
    rules: {
      'no-restricted-imports': restrict(
        pkg('^react(-dom)?(/.*)?$', STATE_WHY),
        pkg('^zustand/react(/.*)?$|^zustand$', `${STATE_WHY} Use zustand/vanilla; the React binding lives in src/ui.`),
        { regex: '^@tensorflow/', message: STATE_WHY },
        layer(['engine', 'render', 'ui', 'translate'], STATE_WHY),
        CORE_ENTRY,
        TESTING,
      ),
    },
  },

  plainLayer('src/render/**', RENDER_WHY, ['engine', 'state', 'ui', 'translate']),

  plainLayer('src/translate/**', TRANSLATE_WHY, ['engine', 'state', 'render', 'ui'], { browserGlobals: false }),

  {
    files: ['src/ui/**', 'src/main.tsx'],
    ignores: ['src/ui/selftest/**'],
    rules: { 'no-restricted-imports': restrict(TFJS, CORE_ENTRY, TESTING) },
  },
  { files: ['src/ui/selftest/**'], rules: { 'no-restricted-imports': restrict(TFJS, CORE_ENTRY) } },
);

/**
 * Tests (`*.test.ts`) keep their layer's rules but may use src/testing's golden
 * helpers: each layer block gets a twin for its tests without the TESTING pattern.
 */
const withTestTwins = config.flatMap((block) => {
  const rule = block.rules?.['no-restricted-imports'];
  if (!Array.isArray(rule) || !rule[1]?.patterns?.includes(TESTING)) return [block];
  const patterns = rule[1].patterns.filter((p) => p !== TESTING);
  return [
    { ...block, ignores: [...(block.ignores ?? []), TEST_FILES] },
    // A nested array in `files` means "matches all of these": this layer's files that are tests.
    { files: block.files.map((f) => [f, TEST_FILES]), ...(block.ignores ? { ignores: block.ignores } : {}), rules: { ...block.rules, 'no-restricted-imports': restrict(...patterns) } },
  ];
});

export default withTestTwins;
