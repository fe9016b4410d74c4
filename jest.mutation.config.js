// Jest for mutation testing (npm run mutation): the unit tests of the mutated modules only. Tests
// that run the built dist/ bundle in a child process cannot see Stryker's mutants, and the slow
// git, GitHub and property suites add minutes per mutant without killing more of them.
import base from './jest.config.js'

// MUTATION_TESTS narrows a run to the tests of the files mutated (`test/release,test/plan.test.ts`):
// every mutant then runs only those, minutes sooner.
const narrowed = process.env.MUTATION_TESTS?.split(',').map(p =>
  p.endsWith('.ts') ? `<rootDir>/${p}` : `<rootDir>/${p}/**/*.test.ts`
)

export default {
  ...base,
  testMatch: narrowed ?? [
    '<rootDir>/test/release/**/*.test.ts',
    '<rootDir>/test/policy/**/*.test.ts',
    '<rootDir>/test/criteria/**/*.test.ts',
    '<rootDir>/test/evidence/feature-list*.test.ts',
    '<rootDir>/test/evidence/go*.test.ts',
    '<rootDir>/test/mutation/**/*.test.ts',
    '<rootDir>/test/gates/readers.test.ts',
    '<rootDir>/test/plan.test.ts',
    '<rootDir>/test/slip.test.ts',
    '<rootDir>/test/evaluate.test.ts'
  ],
  reporters: ['default']
}
