// Bundles the action (dist/index.js) and the CLI (dist/cli.js) so both run with plain `node` and
// no node_modules, as GitHub runs actions straight from the repository. Code shared by the two
// entries, and code loaded only on demand (the GitHub client for a CLI run with a token), goes to
// dist/chunks/: the CLI starts without parsing a megabyte of HTTP client it does not use.
import { build } from 'esbuild'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'

rmSync('dist', { recursive: true, force: true })
await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/bin.ts' },
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  // Some CommonJS dependencies call require() for node built-ins; ESM output needs it defined.
  banner: {
    js: "import { createRequire as __kepGateCreateRequire } from 'node:module';\nconst require = __kepGateCreateRequire(import.meta.url);"
  }
})
// `kep-gate` is installed as a command (package.json bin): it runs through its shebang.
const cli = 'dist/cli.js'
writeFileSync(cli, '#!/usr/bin/env node\n' + readFileSync(cli, 'utf8'))
