// Every temporary tree a test makes (fixture copies, git repositories, runner folders) goes under
// one folder per run, removed at the end, so test runs leave nothing behind in the system's /tmp.
// TMPDIR is put back at the end too: Stryker runs Jest many times in one process, and a TMPDIR
// left pointing at a removed folder breaks every run after the first.
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')

const KEY = 'KEP_GATE_TEST_TMP'
const BEFORE = 'KEP_GATE_TEST_TMPDIR_BEFORE'

async function setup() {
  process.env[BEFORE] = process.env.TMPDIR ?? ''
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kep-gate-tests-'))
  process.env[KEY] = dir
  // Workers start after global setup and inherit the environment: os.tmpdir() follows TMPDIR.
  process.env.TMPDIR = dir
}

async function teardown() {
  const dir = process.env[KEY]
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
  delete process.env[KEY]
  const before = process.env[BEFORE]
  if (before) process.env.TMPDIR = before
  else delete process.env.TMPDIR
  delete process.env[BEFORE]
}

module.exports = { setup, teardown }
