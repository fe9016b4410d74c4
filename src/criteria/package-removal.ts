import { summarise } from './words.js'
import { ipvsImports } from './kubernetes-facts.js'
import { fail, pass, type Criterion } from './types.js'

const MAX_LISTED = 50

export const ipvsPackageRemoved: Criterion = {
  id: 'ipvs-package-removed',
  repo: 'kubernetes',
  explain: p =>
    `Stage 4: ${p.kubernetes.ipvsPackage} is removed, and nothing outside vendor/ imports it.`,
  async check(ctx) {
    const { ipvsPackage, ipvsImport } = ctx.policy.kubernetes
    const [files, imports] = await Promise.all([ctx.repo.list(ipvsPackage), ipvsImports(ctx)])
    const left = [...files.map(file => ({ file, note: 'still present' })), ...imports]
    if (left.length > 0) {
      const parts = []
      if (files.length) parts.push(`${files.length} file(s) remain under ${ipvsPackage}/`)
      if (imports.length)
        parts.push(`${imports.length} import(s) of ${ipvsImport} remain (${summarise(imports)})`)
      return fail(parts.join('; '), left.slice(0, MAX_LISTED))
    }
    return pass(`${ipvsPackage}/ is gone and no Go file outside vendor/ imports it`)
  }
}
