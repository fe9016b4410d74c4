// The least a Node program does for the audit of every gate: start, list the folders the audit
// lists and read the files it reads (as gates-floor.sh does with find and cat), and nothing else:
// no parsing, no judging. What kep-gate costs above it is its own code; what it costs above
// gates-floor.sh is also Node's start-up and file reading.
//
//   node bench/gates-node-floor.mjs KUBERNETES_DIR WEBSITE_DIR ENHANCEMENTS_DIR
import fs from 'node:fs'
import path from 'node:path'

const [kubernetes, website, enhancements] = process.argv.slice(2)
const PAGES = 'docs/reference/command-line-tools-reference/feature-gates'

function walk(dir, keep, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) walk(file, keep, out)
    else if (keep(entry.name)) out.push(file)
  }
  return out
}

const files = [
  path.join(kubernetes, 'pkg/features/kube_features.go'),
  path.join(kubernetes, 'test/compatibility_lifecycle/reference/versioned_feature_list.yaml')
]
for (const language of fs.readdirSync(path.join(website, 'content'))) {
  const dir = path.join(website, 'content', language, PAGES)
  if (fs.existsSync(dir)) walk(dir, name => name.endsWith('.md') && name !== '_index.md', files)
}
walk(path.join(enhancements, 'keps'), name => name === 'kep.yaml', files)
let bytes = 0
for (const file of files) bytes += fs.readFileSync(file, 'utf8').length
if (bytes === 0) process.exit(1)
