import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import prettier from 'eslint-config-prettier'
import globals from 'globals'

/** Modules only the edges (src/main.ts, src/action/, src/github/) may import. */
const EDGE_ONLY = ['@actions/core', '@actions/github']
const OCTOKIT = { group: ['@octokit/*'], message: 'only src/github/ talks to the GitHub API' }

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'test/fixtures/',
      'examples/',
      'bench/.work/',
      'reports/',
      '.stryker-tmp/'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
    }
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  },
  {
    // The core never talks to GitHub or the runner: only the edges may.
    files: ['src/**/*.ts'],
    ignores: ['src/main.ts', 'src/action/**', 'src/github/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: EDGE_ONLY, patterns: [OCTOKIT] }]
    }
  },
  {
    // report/ is a leaf: it renders plain data (a Report, a RegressionReport, a Plan) and imports
    // nothing of the engine, so a renderer can never decide a verdict. (This block replaces the
    // one above for report/, so it repeats the edge-only imports.)
    files: ['src/report/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: EDGE_ONLY,
          patterns: [
            OCTOKIT,
            {
              group: ['../*', '../**'],
              message:
                'report/ is a leaf: render plain data from report/types.ts and import nothing of the engine'
            }
          ]
        }
      ]
    }
  }
)
