import nodePath from 'node:path'
import { parseArgs } from 'node:util'
import { CRITERION_IDS } from '../criteria/registry.js'
import { oneLine, UserError } from '../errors.js'
import { readNamedFile } from '../evidence/regular-file.js'
import { WorktreeRepo } from '../evidence/repo.js'
import { loadPolicy } from '../policy/load.js'
import { readPlainPolicy } from '../prepare.js'
import { renderGatesJson, renderGatesMarkdown, renderGatesText } from '../report/gates-render.js'
import { ACCEPTED_TARGET_FORMS, parseMinor } from '../release/version.js'
import { auditGates } from './audit.js'
import { ON_DISK } from './files.js'

export const GATES_USAGE = `  kep-gate gates --target 1.37 (--kubernetes DIR | --feature-list FILE)
                 [--website DIR] [--enhancements DIR] [--policy FILE]
                 [--format text|markdown|json]`

const FORMATS = ['text', 'markdown', 'json'] as const

/**
 * `kep-gate gates`: every feature gate, checked three ways at the target (code ↔ list, list ↔
 * website page, KEP ↔ list). Exit codes as `check`: 0 pass, 1 findings, 2 usage or input error.
 */
export async function gatesCommand(
  argv: string[],
  out: (text: string) => void,
  err: (text: string) => void
): Promise<number> {
  const values = readArgs(argv)
  if (values.help) {
    out(`Usage:\n${GATES_USAGE}\n`)
    return 0
  }
  const format = values.format as (typeof FORMATS)[number]
  if (!FORMATS.includes(format))
    throw new UserError(`--format "${values.format}" is not known: use text, markdown or json`)
  if (!values.target) throw new UserError(`gates needs --target (${ACCEPTED_TARGET_FORMS})`)
  const target = parseMinor(values.target)
  if (!target)
    throw new UserError(
      `--target "${values.target}" is not a release: use ${ACCEPTED_TARGET_FORMS}`
    )
  const kubernetes = values.kubernetes
  const listFile = values['feature-list']
  if (!kubernetes === !listFile)
    throw new UserError(
      'gates reads the code from --kubernetes DIR (a kubernetes/kubernetes checkout) or --feature-list FILE (a versioned_feature_list.yaml), one of the two'
    )
  const policy = await loadPolicy(
    CRITERION_IDS,
    values.policy ? await readPlainPolicy(values.policy) : undefined
  )
  const [kubernetesRepo, website, enhancements] = await Promise.all([
    kubernetes ? WorktreeRepo.open(kubernetes, ON_DISK) : undefined,
    values.website ? WorktreeRepo.open(values.website, ON_DISK) : undefined,
    values.enhancements ? WorktreeRepo.open(values.enhancements, ON_DISK) : undefined
  ])
  const report = await auditGates({
    policy,
    target,
    targetSource: `--target ${values.target}`,
    code: kubernetesRepo
      ? { repo: kubernetesRepo, origin: `kubernetes checkout ${kubernetes}` }
      : { list: await readList(listFile!), origin: `feature list ${listFile}` },
    ...(website
      ? { website: { repo: website, origin: `website checkout ${values.website}` } }
      : {}),
    ...(enhancements
      ? {
          enhancements: {
            repo: enhancements,
            origin: `enhancements checkout ${values.enhancements}`
          }
        }
      : {})
  })
  out(
    format === 'json'
      ? renderGatesJson(report)
      : format === 'markdown'
        ? renderGatesMarkdown(report)
        : renderGatesText(report)
  )
  for (const e of report.errors) err(`kep-gate: error: ${e}\n`)
  if (report.errors.length > 0) return 2
  return report.result === 'pass' ? 0 : 1
}

async function readList(file: string): Promise<{ file: string; text: string }> {
  const text = await readNamedFile(
    nodePath.resolve(file),
    `--feature-list "${file}"`,
    'give the path of a versioned_feature_list.yaml'
  )
  return { file: nodePath.relative(process.cwd(), nodePath.resolve(file)) || file, text }
}

function readArgs(argv: string[]) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        target: { type: 'string' },
        kubernetes: { type: 'string' },
        'feature-list': { type: 'string' },
        website: { type: 'string' },
        enhancements: { type: 'string' },
        policy: { type: 'string' },
        format: { type: 'string', default: 'text' },
        help: { type: 'boolean', short: 'h' }
      }
    })
    if (positionals.length > 0)
      throw new UserError(`unexpected argument "${positionals[0]}": see kep-gate gates --help`)
    return values
  } catch (error) {
    if (error instanceof UserError) throw error
    throw new UserError(`${oneLine(error)}; see kep-gate gates --help`)
  }
}
