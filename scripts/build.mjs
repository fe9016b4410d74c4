// Bundles the action (dist/index.js) and the CLI (dist/cli.js) so both run with plain `node`
// and no node_modules, as GitHub runs actions straight from the repository.
import { build } from 'esbuild'

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  // Some CommonJS dependencies call require() for node built-ins; ESM output needs it defined.
  banner: {
    js: "import { createRequire as __kepGateCreateRequire } from 'node:module';\nconst require = __kepGateCreateRequire(import.meta.url);"
  }
}

await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js' })
await build({
  ...common,
  entryPoints: ['src/bin.ts'],
  outfile: 'dist/cli.js',
  banner: { js: '#!/usr/bin/env node\n' + common.banner.js }
})
