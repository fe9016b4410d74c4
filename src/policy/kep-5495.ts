import type { Policy } from './schema.js'
import { BACKPORTS } from './kep-5495-backports.js'
import { GATES } from './gates.js'
import { WEBSITE, WEBSITE_SCHEDULE } from './kep-5495-website.js'

// The built-in policy: KEP-5495's schedule and what counts as evidence, as data. CRITERIA.md is
// the contract; a user's policy file may override any value here.

const IPVS_FLAGS = [
  'ipvs-scheduler',
  'ipvs-sync-period',
  'ipvs-min-sync-period',
  'ipvs-exclude-cidrs',
  'ipvs-strict-arp',
  'ipvs-tcp-timeout',
  'ipvs-tcpfin-timeout',
  'ipvs-udp-timeout'
]

export const KEP_5495: Policy = {
  name: 'kep-5495',
  kep: '5495',
  title: 'Deprecate ipvs mode in kube-proxy',
  gate: 'KubeProxyIPVS',
  stages: { '1': '1.35', '2': '1.37', '3': '1.40', '4': '1.43', cleanup: '1.46' },
  kubernetes: {
    featureFiles: ['pkg/features/kube_features.go', 'pkg/features/versioned_kube_features.go'],
    featureLists: [
      'test/compatibility_lifecycle/reference/versioned_feature_list.yaml',
      'test/featuregates_linter/test_data/versioned_feature_list.yaml',
      'test/featuregates_linter/test_data/unversioned_feature_list.yaml'
    ],
    excludeGo: ['vendor/**', '**/*_test.go', '**/testdata/**', 'third_party/**'],
    warning: {
      paths: ['cmd/kube-proxy/', 'pkg/proxy/'],
      mustSay: ['ipvs', 'deprecated'],
      pointsAt: ['nftables'],
      logCalls: [
        'Info',
        'Infof',
        'InfoS',
        'Infoln',
        'Warning',
        'Warningf',
        'WarningS',
        'Warningln',
        'Error',
        'Errorf',
        'ErrorS',
        'Errorln'
      ],
      eventCalls: ['Event', 'Eventf', 'AnnotatedEventf']
    },
    // Stage 4's text says "LockToDefault: false"; stage 2 and Kubernetes' gate lifecycle (lock
    // before removal) say true. The policy follows stage 2 (CRITERIA.md section 3).
    gateSpec: [
      {
        from: '2',
        until: '3',
        default: true,
        lockToDefault: false,
        preRelease: ['GA', 'Deprecated']
      },
      { from: '3', until: '4', default: false, lockToDefault: false, preRelease: ['Deprecated'] },
      {
        from: '4',
        until: 'cleanup',
        default: false,
        lockToDefault: true,
        preRelease: ['Deprecated']
      }
    ],
    announce: [
      { from: '2', until: '3', names: ['3', '4'] },
      { from: '3', until: '4', names: ['4'] }
    ],
    modeValidation: {
      paths: [
        'pkg/proxy/apis/config/validation/validation.go',
        'cmd/kube-proxy/app/server.go',
        'cmd/kube-proxy/app/server_linux.go',
        'cmd/kube-proxy/app/options.go'
      ],
      ipvsMode: ['ProxyModeIPVS', 'ipvs'],
      validModes: ['iptables', 'nftables'],
      errorCalls: [
        'field.Invalid',
        'field.NotSupported',
        'field.Forbidden',
        'fmt.Errorf',
        // The message is read through the Go value reader: built in a variable, from constants,
        // with fmt.Sprintf or strings.Join over a set of modes, it counts as the text users see.
        'errors.New'
      ]
    },
    ipvsPackage: 'pkg/proxy/ipvs',
    ipvsImport: 'k8s.io/kubernetes/pkg/proxy/ipvs',
    flags: {
      file: 'cmd/kube-proxy/app/options.go',
      names: IPVS_FLAGS,
      configType: 'KubeProxyIPVSConfiguration',
      configTypeFiles: [
        'pkg/proxy/apis/config/types.go',
        'staging/src/k8s.io/kube-proxy/config/v1alpha1/types.go'
      ]
    }
  },
  website: WEBSITE,
  backports: BACKPORTS,
  gates: GATES,
  criteria: {
    ...WEBSITE_SCHEDULE,
    'kube-proxy-warns': { stage: '1', due: { from: '1', until: '4' }, severity: 'error' },
    'nftables-backports': { stage: '1', due: { from: '1' }, severity: 'error' },
    'gate-declared': { stage: '2', due: { from: '2', until: 'cleanup' }, severity: 'error' },
    'gate-spec': { stage: '2', due: { from: '2', until: 'cleanup' }, severity: 'error' },
    'warning-announces-schedule': { stage: '2', due: { from: '2', until: '4' }, severity: 'error' },
    'ipvs-mode-requires-gate': { stage: '3', due: { from: '3', until: '4' }, severity: 'error' },
    'ipvs-package-removed': { stage: '4', due: { from: '4' }, severity: 'error' },
    'ipvs-flags-noop': { stage: '4', due: { from: '4' }, severity: 'warning' },
    'gate-removed': { stage: 'cleanup', due: { from: 'cleanup' }, severity: 'error' },
    'no-early-default-off': { stage: '3', due: { until: '3' }, severity: 'error' },
    'no-early-lock': { stage: '4', due: { until: '4' }, severity: 'error' },
    'no-early-removal': { stage: '4', due: { until: 'cleanup' }, severity: 'error' }
  },
  exemptions: []
}
