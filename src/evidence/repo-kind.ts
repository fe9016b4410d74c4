import { UserError } from '../errors.js'
import type { RepoKind } from '../report/types.js'

export type { RepoKind }
export const REPO_KINDS: readonly RepoKind[] = ['kubernetes', 'website']

export interface KindProbe {
  exists(path: string): Promise<boolean>
}

/** CRITERIA.md section 2: the kind decides which criteria run here and which run elsewhere. */
export async function detectKind(repo: KindProbe, override?: string): Promise<RepoKind> {
  const wanted = override?.trim().toLowerCase()
  if (wanted && wanted !== 'auto') {
    if ((REPO_KINDS as readonly string[]).includes(wanted)) return wanted as RepoKind
    throw new UserError(`repo-kind "${override}" is not known: use kubernetes, website or auto`)
  }
  const [features, kubeProxy, docs] = await Promise.all([
    repo.exists('pkg/features/kube_features.go'),
    repo.exists('cmd/kube-proxy'),
    repo.exists('content/en/docs')
  ])
  if (features || kubeProxy) return 'kubernetes'
  if (docs) return 'website'
  throw new UserError(
    'cannot tell what this checkout is: it has neither pkg/features/kube_features.go nor cmd/kube-proxy/ (kubernetes/kubernetes) nor content/en/docs/ (kubernetes/website); check out one of them or set repo-kind'
  )
}
