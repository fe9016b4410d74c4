import type { Report } from '../../src/report/types.js'

/** One report with every status, shared by the renderer tests and their golden files. */
export function sampleReport(): Report {
  return {
    kep: '5495',
    title: 'Deprecate ipvs mode in kube-proxy',
    policy: 'kep-5495',
    target: '1.40',
    targetSource: 'milestone v1.40',
    targetVia: 'milestone',
    kind: 'kubernetes',
    stage: '3',
    result: 'fail',
    errors: [],
    timeline: [
      { stage: '1', release: '1.35', state: 'done', toTarget: 'before' },
      { stage: '2', release: '1.37', state: 'failed', toTarget: 'before' },
      { stage: '3', release: '1.40', state: 'done', toTarget: 'at' },
      { stage: '4', release: '1.43', state: 'pending', toTarget: 'after' },
      { stage: 'cleanup', release: '1.46', state: 'pending', toTarget: 'after' }
    ],
    criteria: [
      {
        id: 'kube-proxy-warns',
        stage: '1',
        status: 'pass',
        severity: 'error',
        message:
          'kube-proxy warns that ipvs is deprecated at cmd/kube-proxy/app/server_linux.go:68',
        evidence: [
          {
            file: 'cmd/kube-proxy/app/server_linux.go',
            line: 68,
            note: 'The ipvs proxier is deprecated'
          }
        ],
        explain: 'Stage 1: kube-proxy prints a warning.',
        due: { from: '1.35', until: '1.43' }
      },
      {
        id: 'gate-spec',
        stage: '2',
        status: 'fail',
        severity: 'error',
        message:
          "at 1.40 KubeProxyIPVS's effective spec is {Version 1.37, Default: true}: Default should be false",
        evidence: [{ file: 'pkg/features/kube_features.go', line: 81 }],
        explain: 'Stages 2-4: the effective spec.',
        due: { from: '1.37', until: '1.46' }
      },
      {
        id: 'ipvs-flags-noop',
        stage: '4',
        status: 'next',
        severity: 'warning',
        message: 'due from 1.43',
        evidence: [],
        explain: 'Stage 4: the --ipvs-* flags stay as no-ops.',
        due: { from: '1.43' }
      },
      {
        id: 'nftables-backports',
        stage: '1',
        status: 'skipped',
        severity: 'error',
        message: 'not checked yet',
        evidence: [],
        explain: 'Stage 1: backports.',
        due: { from: '1.35' }
      },
      {
        id: 'no-early-lock',
        stage: '4',
        status: 'warning',
        severity: 'warning',
        message: 'quoted from the tree: @someone --> <b>*bold*</b> `tick`',
        evidence: [{ file: 'pkg/x`y.go', line: 3, note: 'ping @kubernetes/sig-network' }],
        explain: 'Guard.',
        due: { until: '1.43' }
      }
    ]
  }
}
