import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import prettier from 'eslint-config-prettier'
import globals from 'globals'

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
      'no-restricted-imports': [
        'error',
        { paths: ['@actions/core', '@actions/github'], patterns: ['@octokit/*'] }
      ]
    }
  }
)
