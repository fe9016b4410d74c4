// The files of the generated Kubernetes tree that KEP-5495 is about: the feature gate list (Go and
// YAML), kube-proxy's flags, config types, validation and proxiers. They are shaped like the real
// files at the chosen release ("era"), so kep-gate parses and judges them as it would upstream.

/** The Kubernetes Go license header; `20NN` stands for the year. */
export const GO_LICENSE = `/*
Copyright 20NN The Kubernetes Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
`
const LICENSE = GO_LICENSE.replace('20NN', '2025')

// KEP-5495's schedule for the gate, as kube_features.go records it release by release.
const IPVS_SPECS = [
  { version: '1.0', default: true, preRelease: 'GA', lock: false },
  { version: '1.37', default: true, preRelease: 'Deprecated', lock: false },
  { version: '1.40', default: false, preRelease: 'Deprecated', lock: false },
  { version: '1.43', default: false, preRelease: 'Deprecated', lock: true }
]

const IPVS_FLAGS = [
  ['StringVar', 'Scheduler', 'ipvs-scheduler', 'The ipvs scheduler type when proxy mode is ipvs'],
  ['DurationVar', 'SyncPeriod.Duration', 'ipvs-sync-period', 'The maximum interval of ipvs syncs'],
  ['DurationVar', 'MinSyncPeriod.Duration', 'ipvs-min-sync-period', 'The minimum ipvs sync period'],
  ['StringSliceVar', 'ExcludeCIDRs', 'ipvs-exclude-cidrs', 'CIDRs ipvs cleanup should not touch'],
  ['BoolVar', 'StrictARP', 'ipvs-strict-arp', 'Enable strict ARP by setting arp_ignore to 1'],
  ['DurationVar', 'TCPTimeout.Duration', 'ipvs-tcp-timeout', 'Timeout for idle ipvs TCP sessions'],
  ['DurationVar', 'TCPFinTimeout.Duration', 'ipvs-tcpfin-timeout', 'Timeout for ipvs TCP FIN_WAIT'],
  ['DurationVar', 'UDPTimeout.Duration', 'ipvs-udp-timeout', 'Timeout for ipvs UDP packets']
]

const minor = version => Number(version.split('.')[1])

/**
 * Returns [path, content] pairs. `era` is the release minor (43 for 1.43); `fill(bytes)` returns
 * generic Go functions so the proxier files have realistic bulk around their specific parts.
 */
export function kepFiles({ gates, era, rng, fill }) {
  const ipvsSpecs = era >= 37 ? IPVS_SPECS.filter(s => minor(s.version) <= era) : []
  const gateList = buildGateList(gates, era, rng, ipvsSpecs)
  const files = [
    ['pkg/features/kube_features.go', featuresGo(gateList)],
    ['test/compatibility_lifecycle/reference/versioned_feature_list.yaml', featureYaml(gateList)],
    ['cmd/kube-proxy/app/options.go', optionsGo(era)],
    ['cmd/kube-proxy/app/server_linux.go', serverLinuxGo(era) + fill(30000)],
    ['pkg/proxy/apis/config/types.go', configTypesGo()],
    ['pkg/proxy/apis/config/validation/validation.go', validationGo(era) + fill(20000)],
    ['pkg/proxy/apis/config/validation/validation_test.go', validationTestGo(era)],
    ['pkg/proxy/nftables/proxier.go', proxierGo('nftables') + fill(90000)],
    ['pkg/proxy/nftables/helpers.go', proxierGo('nftables') + fill(15000)],
    ['pkg/proxy/nftables/proxier_test.go', proxierGo('nftables') + fill(60000)],
    ['pkg/proxy/iptables/proxier.go', proxierGo('iptables') + fill(80000)]
  ]
  // Until 1.43 the ipvs proxier still exists, and kube-proxy warns when it is selected.
  if (era < 43) {
    for (const name of ['proxier.go', 'ipset.go', 'netlink_linux.go', 'proxier_test.go']) {
      files.push([`pkg/proxy/ipvs/${name}`, proxierGo('ipvs') + fill(40000)])
    }
  }
  return files
}

// Gate entries: GateNNN with 1-3 specs each, and KubeProxyIPVS placed mid-list (not last), so a
// parser cannot get away with only looking at the end of the map.
function buildGateList(count, era, rng, ipvsSpecs) {
  const list = []
  for (let i = 0; i < count; i++) {
    const name = `Gate${String(i).padStart(3, '0')}`
    list.push({ name, kep: 1000 + rng.int(4500), specs: randomSpecs(rng, era) })
    if (i === Math.floor(count / 2) && ipvsSpecs.length > 0) {
      list.push({ name: 'KubeProxyIPVS', kep: 5495, specs: ipvsSpecs })
    }
  }
  return list
}

// Alpha -> Beta -> GA progressions ending no later than `era`, like real gates.
function randomSpecs(rng, era) {
  const roll = rng.next()
  const count = roll < 0.5 ? 1 : roll < 0.8 ? 2 : 3
  const stages = [
    ['Alpha', false],
    ['Beta', true],
    ['GA', true]
  ]
  const first = rng.int(4 - count)
  let v = rng.between(20, era - 9)
  const specs = []
  for (const [preRelease, on] of stages.slice(first, first + count)) {
    const lock = preRelease === 'GA' && rng.chance(0.7)
    specs.push({ version: `1.${v}`, default: on, preRelease, lock })
    v += rng.between(1, 3)
  }
  return specs
}

function featuresGo(gateList) {
  const consts = gateList.map(g =>
    [
      `\t// owner: @${g.name === 'KubeProxyIPVS' ? 'danwinship' : 'sig-member' + (g.kep % 97)}`,
      `\t// kep: https://kep.k8s.io/${g.kep}`,
      `\t// Enables ${g.name === 'KubeProxyIPVS' ? "kube-proxy's ipvs mode" : 'the ' + g.name + ' behavior'}.`,
      `\t${g.name} featuregate.Feature = "${g.name}"`
    ].join('\n')
  )
  const specs = gateList.map(g => specBlock(g))
  return `${LICENSE}
package features

import (
	"k8s.io/apimachinery/pkg/util/runtime"
	genericfeatures "k8s.io/apiserver/pkg/features"
	utilfeature "k8s.io/apiserver/pkg/util/feature"
	"k8s.io/component-base/featuregate"
	"k8s.io/component-base/version"
)

// Every feature gate should have an entry here following this template:
//
// // owner: @username
// // kep: https://kep.k8s.io/NNN
// MyFeature featuregate.Feature = "MyFeature"
//
// Feature gates should be listed in alphabetical, case-sensitive
// (upper before any lower case character) order.
const (
${consts.join('\n')}
)

func init() {
	runtime.Must(utilfeature.DefaultMutableFeatureGate.AddVersioned(defaultVersionedKubernetesFeatureGates))
	runtime.Must(utilfeature.DefaultMutableFeatureGate.AddDependencies(featureDependencies))
}

// defaultVersionedKubernetesFeatureGates consists of all known Kubernetes-specific feature keys
// with VersionedSpecs. To add a new feature, define a key for it above and add it here.
//
// Example (commented out on purpose; parsers must skip it):
// MyFeature: {
//	{Version: version.MustParse("1.30"), Default: false, PreRelease: featuregate.Alpha},
// },
var defaultVersionedKubernetesFeatureGates = map[featuregate.Feature]featuregate.VersionedSpecs{
${specs.join('\n')}

	genericfeatures.APIResponseCompression: {
		{Version: version.MustParse("1.8"), Default: false, PreRelease: featuregate.Alpha},
		{Version: version.MustParse("1.16"), Default: true, PreRelease: featuregate.Beta},
	},
}

var featureDependencies = map[featuregate.Feature][]featuregate.Feature{}
`
}

// Mostly one entry per line; a few one-line `{{...}}` lists and reordered fields, as upstream has.
function specBlock(gate) {
  const fields = (s, i) => {
    const parts = [
      `Version: version.MustParse("${s.version}")`,
      `Default: ${s.default}`,
      `PreRelease: featuregate.${s.preRelease}`
    ]
    if (gate.kep % 29 === i) parts.splice(1, 2, parts[2], parts[1])
    if (s.lock) parts.push('LockToDefault: true')
    return `{${parts.join(', ')}}`
  }
  if (gate.specs.length === 1 && gate.kep % 17 === 0) {
    return `\t${gate.name}: {${fields(gate.specs[0], 0)}},`
  }
  const lines = gate.specs.map((s, i) => `\t\t${fields(s, i)},`)
  return [`\t${gate.name}: {`, ...lines, '\t},'].join('\n')
}

function featureYaml(gateList) {
  const sorted = [...gateList].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const out = []
  for (const g of sorted) {
    out.push(`- name: ${g.name}`, '  versionedSpecs:')
    for (const s of g.specs) {
      out.push(
        `  - default: ${s.default}`,
        `    lockToDefault: ${s.lock}`,
        `    preRelease: ${s.preRelease}`,
        `    version: "${s.version}"`
      )
    }
  }
  return out.join('\n') + '\n'
}

function optionsGo(era) {
  const flags = IPVS_FLAGS.map(([fn, field, flag, usage]) => {
    const register = `\tfs.${fn}(&o.config.IPVS.${field}, "${flag}", o.config.IPVS.${field}, "${usage}.")`
    const note = `has no effect: ipvs mode was removed in v1.43`
    return era >= 43 ? `${register}\n\tfs.MarkDeprecated("${flag}", "${note}")` : register
  })
  const modes =
    era >= 43 ? "'iptables' (default) or 'nftables'" : "'iptables', 'ipvs' or 'nftables'"
  return `${LICENSE}
package app

import (
	"fmt"
	"time"

	"github.com/spf13/pflag"

	"k8s.io/klog/v2"
	kubeproxyconfig "k8s.io/kubernetes/pkg/proxy/apis/config"
)

// Options contains everything necessary to create and run a proxy server.
type Options struct {
	// ConfigFile is the location of the proxy server's configuration file.
	ConfigFile string
	// config is the proxy server's configuration object.
	config *kubeproxyconfig.KubeProxyConfiguration
	// master is used to override the kubeconfig's URL to the apiserver.
	master string
	// hostnameOverride, if set from the command line flag, takes precedence over the config.
	hostnameOverride string
}

// AddFlags adds flags to fs and binds them to options.
func (o *Options) AddFlags(fs *pflag.FlagSet) {
	o.addOSFlags(fs)

	fs.StringVar(&o.ConfigFile, "config", o.ConfigFile, "The path to the configuration file.")
	fs.StringVar(&o.master, "master", o.master, "The address of the Kubernetes API server.")
	fs.StringVar(&o.hostnameOverride, "hostname-override", o.hostnameOverride, "The node name.")
	fs.Var(&o.config.Mode, "proxy-mode", "Which proxy mode to use: on Linux this can be ${modes}.")
	fs.DurationVar(&o.config.IPTables.SyncPeriod.Duration, "iptables-sync-period", o.config.IPTables.SyncPeriod.Duration, "An interval (e.g. '5s', '1m', '2h22m').")

${flags.join('\n')}

	fs.DurationVar(&o.config.NFTables.SyncPeriod.Duration, "nftables-sync-period", o.config.NFTables.SyncPeriod.Duration, "An interval (e.g. '5s', '1m', '2h22m').")
}

// Validate validates all the required options.
func (o *Options) Validate() error {
	if len(o.ConfigFile) == 0 && o.config == nil {
		return fmt.Errorf("no configuration given")
	}
	klog.V(4).InfoS("Validated kube-proxy options", "elapsed", time.Duration(0))
	return nil
}
`
}

function serverLinuxGo(era) {
  const warning =
    era >= 40
      ? "The ipvs proxier is deprecated and will be removed in v1.43. Please use 'nftables' instead."
      : "The ipvs proxier is deprecated: it will be disabled by default in v1.40 and removed in v1.43. Please use 'nftables' instead."
  const ipvsImports =
    era < 43
      ? '\t"k8s.io/kubernetes/pkg/proxy/ipvs"\n\tutilipvs "k8s.io/kubernetes/pkg/proxy/ipvs/util"\n'
      : ''
  const ipvsBranch =
    era < 43
      ? `	} else if config.Mode == proxyconfigapi.ProxyModeIPVS {
		logger.Info("${warning}")
		execer := exec.New()
		ipsetInterface := utilipset.New(execer)
		ipvsInterface := utilipvs.New()
		proxier, err = ipvs.NewDualStackProxier(ctx, ipt, ipvsInterface, ipsetInterface, config.IPVS.SyncPeriod.Duration)
`
      : `	} else if config.Mode == proxyconfigapi.ProxyModeIPVS {
		// ipvs mode was removed in v1.43 (KEP-5495); validation rejects it before this point.
		return nil, fmt.Errorf("ipvs proxy mode is no longer supported; use iptables or nftables")
`
  return `${LICENSE}
package app

import (
	"context"
	"fmt"

	"k8s.io/klog/v2"
	"k8s.io/kubernetes/pkg/proxy"
	proxyconfigapi "k8s.io/kubernetes/pkg/proxy/apis/config"
	"k8s.io/kubernetes/pkg/proxy/iptables"
${ipvsImports}	"k8s.io/kubernetes/pkg/proxy/nftables"
	"k8s.io/utils/exec"
)

// createProxier creates the proxy.Provider for the configured mode.
func (s *ProxyServer) createProxier(ctx context.Context, config *proxyconfigapi.KubeProxyConfiguration, dualStack, initOnly bool) (proxy.Provider, error) {
	logger := klog.FromContext(ctx)
	var proxier proxy.Provider
	var err error

	if config.Mode == proxyconfigapi.ProxyModeIPTables {
		logger.Info("Using iptables Proxier")
		proxier, err = iptables.NewDualStackProxier(ctx, config.IPTables.SyncPeriod.Duration, s.Hostname, s.NodeIPs, s.Recorder)
	} else if config.Mode == proxyconfigapi.ProxyModeNFTables {
		logger.Info("Using nftables Proxier")
		proxier, err = nftables.NewDualStackProxier(ctx, config.NFTables.SyncPeriod.Duration, s.Hostname, s.NodeIPs, s.Recorder)
${ipvsBranch}	}
	if err != nil {
		return nil, fmt.Errorf("unable to create proxier: %w", err)
	}
	return proxier, nil
}
`
}

function configTypesGo() {
  return `${LICENSE}
package config

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	componentbaseconfig "k8s.io/component-base/config"
)

// KubeProxyIPVSConfiguration contains ipvs-related configuration details for the Kubernetes proxy
// server. ipvs mode was removed in v1.43 but the type still parses so old configs load.
type KubeProxyIPVSConfiguration struct {
	// syncPeriod is an interval (e.g. '5s', '1m', '2h22m') indicating how frequently various
	// re-synchronizing and cleanup operations are performed.
	SyncPeriod metav1.Duration
	// minSyncPeriod is the minimum period between ipvs rule resyncs.
	MinSyncPeriod metav1.Duration
	// ipvs scheduler
	Scheduler string
	// excludeCIDRs is a list of CIDR's which the ipvs proxier should not touch when cleaning up.
	ExcludeCIDRs []string
	// strictARP configures arp_ignore and arp_announce.
	StrictARP bool
	// tcpTimeout is the timeout value used for idle ipvs TCP sessions.
	TCPTimeout metav1.Duration
	// tcpFinTimeout is the timeout value used for ipvs TCP sessions after receiving a FIN.
	TCPFinTimeout metav1.Duration
	// udpTimeout is the timeout value used for ipvs UDP packets.
	UDPTimeout metav1.Duration
}

// KubeProxyNFTablesConfiguration contains nftables-related configuration details.
type KubeProxyNFTablesConfiguration struct {
	SyncPeriod    metav1.Duration
	MinSyncPeriod metav1.Duration
	MasqueradeAll bool
}

// KubeProxyConfiguration contains everything necessary to configure the Kubernetes proxy server.
type KubeProxyConfiguration struct {
	metav1.TypeMeta

	ClientConnection componentbaseconfig.ClientConnectionConfiguration
	Mode             ProxyMode
	IPVS             KubeProxyIPVSConfiguration
	NFTables         KubeProxyNFTablesConfiguration
}

// ProxyMode represents modes used by the Kubernetes proxy server.
type ProxyMode string

// Currently, four modes of proxy are available on Linux platforms: 'iptables', 'ipvs', 'nftables'
// and 'kernelspace' (Windows only). ipvs is kept as a value so that configs naming it get a clear
// validation error instead of a parse error.
const (
	ProxyModeIPTables    ProxyMode = "iptables"
	ProxyModeIPVS        ProxyMode = "ipvs"
	ProxyModeNFTables    ProxyMode = "nftables"
	ProxyModeKernelspace ProxyMode = "kernelspace"
)
`
}

function validationGo(era) {
  const check =
    era >= 43
      ? `	if mode == kubeproxyconfig.ProxyModeIPVS {
		errMsg := "ipvs mode was removed in v1.43; valid proxy modes are \\"iptables\\" and \\"nftables\\""
		return field.ErrorList{field.Invalid(fldPath.Child("ProxyMode"), string(mode), errMsg)}
	}
`
      : era >= 40
        ? `	if mode == kubeproxyconfig.ProxyModeIPVS && !utilfeature.DefaultFeatureGate.Enabled(features.KubeProxyIPVS) {
		errMsg := "ipvs mode requires the KubeProxyIPVS feature gate; use \\"iptables\\" or \\"nftables\\""
		return field.ErrorList{field.Invalid(fldPath.Child("ProxyMode"), string(mode), errMsg)}
	}
`
        : ''
  // The gate still exists until 1.46, so non-test code keeps referring to it.
  const gateUse =
    era >= 37
      ? `
// ipvsAllowed reports whether the deprecated ipvs mode may still be selected.
func ipvsAllowed() bool {
	return utilfeature.DefaultFeatureGate.Enabled(features.KubeProxyIPVS)
}
`
      : ''
  return `${LICENSE}
package validation

import (
	"fmt"
	"runtime"
	"strings"

	"k8s.io/apimachinery/pkg/util/sets"
	"k8s.io/apimachinery/pkg/util/validation/field"
	utilfeature "k8s.io/apiserver/pkg/util/feature"
	"k8s.io/kubernetes/pkg/features"
	kubeproxyconfig "k8s.io/kubernetes/pkg/proxy/apis/config"
)

func validateProxyMode(mode kubeproxyconfig.ProxyMode, fldPath *field.Path) field.ErrorList {
	if runtime.GOOS == "windows" {
		return validateProxyModeWindows(mode, fldPath)
	}
	return validateProxyModeLinux(mode, fldPath)
}

func validateProxyModeLinux(mode kubeproxyconfig.ProxyMode, fldPath *field.Path) field.ErrorList {
${check}	validModes := sets.New[string](string(kubeproxyconfig.ProxyModeIPTables), string(kubeproxyconfig.ProxyModeNFTables))
	if mode == "" || validModes.Has(string(mode)) {
		return nil
	}
	errMsg := fmt.Sprintf("must be %s or blank (blank means the best-available proxy [currently iptables])", strings.Join(sets.List(validModes), ","))
	return field.ErrorList{field.Invalid(fldPath.Child("ProxyMode"), string(mode), errMsg)}
}
${gateUse}`
}

function validationTestGo(era) {
  const gate = era >= 37 ? 'features.KubeProxyIPVS' : 'features.Gate000'
  return `${LICENSE}
package validation

import (
	"testing"

	"k8s.io/apimachinery/pkg/util/validation/field"
	utilfeature "k8s.io/apiserver/pkg/util/feature"
	featuregatetesting "k8s.io/component-base/featuregate/testing"
	"k8s.io/kubernetes/pkg/features"
	kubeproxyconfig "k8s.io/kubernetes/pkg/proxy/apis/config"
)

func TestValidateProxyModeIPVS(t *testing.T) {
	featuregatetesting.SetFeatureGateDuringTest(t, utilfeature.DefaultFeatureGate, ${gate}, false)
	errs := validateProxyMode(kubeproxyconfig.ProxyModeIPVS, field.NewPath("KubeProxyConfiguration"))
	if len(errs) == 0 {
		t.Errorf("expected ipvs mode to be rejected")
	}
}
`
}

function proxierGo(pkg) {
  return `${LICENSE}
package ${pkg}

import (
	"context"
	"fmt"
	"sync"
	"time"

	v1 "k8s.io/api/core/v1"
	discovery "k8s.io/api/discovery/v1"
	"k8s.io/apimachinery/pkg/util/sets"
	"k8s.io/klog/v2"
	"k8s.io/kubernetes/pkg/proxy"
	"k8s.io/kubernetes/pkg/proxy/healthcheck"
	proxyutil "k8s.io/kubernetes/pkg/proxy/util"
	"k8s.io/kubernetes/pkg/util/async"
)

// Proxier is a ${pkg}-based proxy for connections between a localhost:lport and services that
// provide the actual backends.
type Proxier struct {
	mu             sync.Mutex
	syncRunner     *async.BoundedFrequencyRunner
	serviceChanges *proxy.ServiceChangeTracker
	endpointsMap   proxy.EndpointsMap
	nodeLabels     map[string]string
	healthzServer  *healthcheck.ProxyHealthServer
	lastSync       time.Time
}

var _ = fmt.Sprintf
var _ = v1.ProtocolTCP
var _ = discovery.AddressTypeIPv4
var _ = sets.New[string]
var _ = klog.V
var _ = proxyutil.IsZeroCIDR
var _ = context.Background
`
}
