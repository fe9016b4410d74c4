// Writes Jest's own pass/fail counts to the file named by KEP_GATE_JEST_JSON so .ci/run can
// print them as its last line.
const fs = require('node:fs')

class CountsReporter {
  onRunComplete(_contexts, results) {
    const file = process.env.KEP_GATE_JEST_JSON
    if (!file) return
    fs.writeFileSync(
      file,
      JSON.stringify({
        numPassedTests: results.numPassedTests,
        numFailedTests: results.numFailedTests,
        numRuntimeErrorTestSuites: results.numRuntimeErrorTestSuites
      })
    )
  }
}
module.exports = CountsReporter
