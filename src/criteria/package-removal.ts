import { summarise } from './words.js'
import { ipvsImports } from './kubernetes-facts.js'
import { defineCriterion, fail, pass } from './types.js'

const MAX_LISTED = 50

export const ipvsPackageRemoved = defineCriterion({
  id: 'ipvs-package-removed',
  meta: {
    repo: 'kubernetes',
    stage: '4',
    checks: 'Stage 4: {ipvsPackage} is removed, and nothing outside vendor/ imports it.'
  },
  messages: {
    filesLeft: '{count} file(s) remain under {package}/',
    importsLeft: '{count} import(s) of {import} remain ({places})',
    gone: '{package}/ is gone and no Go file outside vendor/ imports it'
  },
  async check(ctx) {
    const { ipvsPackage, ipvsImport } = ctx.policy.kubernetes
    const [files, imports] = await Promise.all([ctx.repo.list(ipvsPackage), ipvsImports(ctx)])
    const left = [...files.map(file => ({ file, note: 'still present' })), ...imports]
    if (left.length > 0) {
      const parts = []
      if (files.length)
        parts.push(ctx.say('filesLeft', { count: files.length, package: ipvsPackage }))
      if (imports.length)
        parts.push(
          ctx.say('importsLeft', {
            count: imports.length,
            import: ipvsImport,
            places: summarise(imports)
          })
        )
      return fail(parts.join('; '), left.slice(0, MAX_LISTED))
    }
    return pass(ctx.say('gone', { package: ipvsPackage }))
  }
})
