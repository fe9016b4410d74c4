// Mutation testing of the core (npm run mutation), kept out of .ci/run: about ten mutants a
// minute on two cores. Narrow a run with `npm run mutation -- --mutate src/release/version.ts`.
// Stryker 9 (10 needs Node 22); the jest runner with ESM needs --experimental-vm-modules.
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  testRunnerNodeArgs: ['--experimental-vm-modules'],
  jest: {
    projectType: 'custom',
    configFile: 'jest.mutation.config.js',
    enableFindRelatedTests: false
  },
  coverageAnalysis: 'perTest',
  mutate: [
    'src/release/version.ts',
    'src/evidence/repo-kind.ts',
    'src/release/resolve.ts',
    'src/policy/window.ts',
    'src/policy/load.ts',
    'src/criteria/guards.ts',
    'src/criteria/gate.ts',
    'src/criteria/warning.ts',
    'src/criteria/package-removal.ts',
    'src/evidence/feature-list.ts',
    'src/evidence/go-values.ts',
    'src/evidence/go-format.ts',
    'src/evidence/go-names.ts',
    'src/evidence/go-packages.ts',
    'src/evidence/go-scope.ts',
    'src/evidence/go-changes.ts',
    'src/evidence/go-conditions.ts',
    'src/evidence/go-file.ts',
    'src/evidence/go-decls.ts',
    'src/evidence/go-call.ts'
  ],
  ignorePatterns: ['bench/.work', 'coverage', 'reports', 'dist'],
  concurrency: 2,
  timeoutMS: 5000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true
}
