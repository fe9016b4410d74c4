// Every temporary tree a test makes (fixture copies, git repositories, runner folders) goes under
// one folder per run, removed at the end, so test runs leave nothing behind in the system's /tmp.
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')

const KEY = 'KEP_GATE_TEST_TMP'

async function setup() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kep-gate-tests-'))
  process.env[KEY] = dir
  // Workers start after global setup and inherit the environment: os.tmpdir() follows TMPDIR.
  process.env.TMPDIR = dir
}

async function teardown() {
  const dir = process.env[KEY]
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
}

module.exports = { setup, teardown }
