// The audit of every feature gate: where the sources live and the deviations accepted by default.

import type { GatesParams } from './gates-schema.js'

export const GATES: GatesParams = {
  listRepository: 'kubernetes/kubernetes',
  website: {
    content: 'content',
    english: 'en',
    pages: 'docs/reference/command-line-tools-reference/feature-gates'
  },
  enhancements: {
    keps: 'keps',
    exclude: ['keps/NNNN-kep-template/**']
  },
  deviations: [
    {
      finding: 'stage-missing',
      version: '1.0',
      reason:
        'a gate that was GA before Kubernetes versioned its gates carries a "1.0" GA spec in the code; its page may start at the stage it was documented from (AllowDNSOnlyNodeCSR, KubeProxyIPVS)'
    },
    ...['CPUManagerPolicy*Options', 'TopologyManagerPolicy*Options'].map(gate => ({
      gate,
      rule: 'kep-list' as const,
      reason:
        "these gates guard the policy options of many KEPs; an option graduates by moving from the alpha to the beta options gate, not by the gate's own pre-release"
    }))
  ]
}
