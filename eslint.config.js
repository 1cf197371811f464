// Flat ESLint config. Besides the usual recommended sets, it enforces the import
// direction between layers described in shared/design.md ("Layers and the direction
// of imports"): core <- engine <- ui, core <- state, core <- render, ui on top.
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

const CORE_WHY =
  'src/core is the pure convolution core: no React, zustand, tfjs or DOM, so it can be tested in Node and reused as a library (design.md, Layers).';
const ENGINE_WHY = 'engine imports only core and tfjs; tensors never leave it (design.md, Layers).';
const STATE_WHY =
  'src/state holds the zustand store and URL codec over plain data: it must not import react-dom, tfjs, the engine, render or ui (design.md, Layers).';
const RENDER_WHY =
  'src/render draws grids and overlays from plain data only: no React, zustand, tfjs, engine, state or ui (design.md, Layers).';

export default defineConfig(
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

  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': restrict(
        pkg('^(react|react-dom|zustand)(/.*)?$', CORE_WHY),
        { regex: '^@tensorflow/', message: CORE_WHY },
        layer(['engine', 'state', 'render', 'ui'], CORE_WHY),
      ),
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'HTMLElement'].map((name) => ({
          name,
          message: CORE_WHY,
        })),
      ],
    },
  },

  {
    files: ['src/engine/**'],
    rules: {
      'no-restricted-imports': restrict(
        pkg('^(react|react-dom|zustand)(/.*)?$', ENGINE_WHY),
        layer(['state', 'render', 'ui'], ENGINE_WHY),
      ),
    },
  },

  {
    files: ['src/state/**'],
    rules: {
      'no-restricted-imports': restrict(
        pkg('^react-dom(/.*)?$', STATE_WHY),
        { regex: '^@tensorflow/', message: STATE_WHY },
        layer(['engine', 'render', 'ui'], STATE_WHY),
      ),
    },
  },

  {
    files: ['src/render/**'],
    rules: {
      'no-restricted-imports': restrict(
        pkg('^(react|react-dom|zustand)(/.*)?$', RENDER_WHY),
        { regex: '^@tensorflow/', message: RENDER_WHY },
        layer(['engine', 'state', 'ui'], RENDER_WHY),
      ),
    },
  },
);
