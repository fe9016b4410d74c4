//go:build linux
// +build linux

// Package app does all of the work necessary to configure and run a
// Kubernetes app process.
package app

import (
	"context"
	"fmt"

	v1 "k8s.io/api/core/v1"
	"k8s.io/klog/v2"
	"k8s.io/kubernetes/pkg/proxy"
	proxyconfigapi "k8s.io/kubernetes/pkg/proxy/apis/config"
	"k8s.io/kubernetes/pkg/proxy/iptables"
	"k8s.io/kubernetes/pkg/proxy/ipvs"
	utilipvs "k8s.io/kubernetes/pkg/proxy/ipvs/util"
	"k8s.io/kubernetes/pkg/proxy/nftables"
	utiliptables "k8s.io/kubernetes/pkg/util/iptables"
	"k8s.io/utils/exec"
)

// platformApplyDefaults is called after parsing command-line flags and/or reading the
// config file, to apply platform-specific default values to config.
func (o *Options) platformApplyDefaults(config *proxyconfigapi.KubeProxyConfiguration) {
	if config.Mode == "" {
		o.logger.Info("Using iptables proxy")
		config.Mode = proxyconfigapi.ProxyModeIPTables
	}
}

// isIPTablesBased checks whether mode is based on iptables rather than nftables
func isIPTablesBased(mode proxyconfigapi.ProxyMode) bool {
	return mode == proxyconfigapi.ProxyModeIPTables || mode == proxyconfigapi.ProxyModeIPVS
}

// getIPTables returns an array of [IPv4, IPv6] utiliptables.Interfaces.
func getIPTables(primaryFamily v1.IPFamily) ([2]utiliptables.Interface, utiliptables.Interface) {
	execer := exec.New()
	ipt := [2]utiliptables.Interface{
		utiliptables.New(execer, utiliptables.ProtocolIPv4),
		utiliptables.New(execer, utiliptables.ProtocolIPv6),
	}
	if primaryFamily == v1.IPv6Protocol {
		return ipt, ipt[1]
	}
	return ipt, ipt[0]
}

// createProxier creates the proxy.Provider
func (s *ProxyServer) createProxier(ctx context.Context, config *proxyconfigapi.KubeProxyConfiguration, dualStack, initOnly bool) (proxy.Provider, error) {
	logger := klog.FromContext(ctx)
	var proxier proxy.Provider
	var err error

	if config.Mode == proxyconfigapi.ProxyModeIPTables {
		logger.Info("Using iptables Proxier")
		ipt, _ := getIPTables(s.PrimaryIPFamily)
		proxier, err = iptables.NewDualStackProxier(ctx, ipt, exec.New(), config.SyncPeriod.Duration,
			config.MinSyncPeriod.Duration, s.Hostname, s.NodeIPs, s.Recorder, s.HealthzServer, initOnly)
	} else if config.Mode == proxyconfigapi.ProxyModeIPVS {
		ipvsInterface := utilipvs.New()
		if err := ipvs.CanUseIPVSProxier(ctx, ipvsInterface, config.IPVS.Scheduler); err != nil {
			return nil, fmt.Errorf("can't use the IPVS proxier: %v", err)
		}

		logger.Info("Using ipvs Proxier")
		message := "The ipvs proxier is deprecated and will be removed in 1.43; the KubeProxyIPVS feature gate is off by default since 1.40. Please migrate to 'nftables'."
		logger.Error(nil, message, "proxyMode", config.Mode)
		s.Recorder.Eventf(s.NodeRef, nil, v1.EventTypeWarning, "IPVSDeprecation", "StartKubeProxy", message)
		ipt, _ := getIPTables(s.PrimaryIPFamily)
		proxier, err = ipvs.NewDualStackProxier(
			ctx,
			ipt,
			ipvsInterface,
			exec.New(),
			config.IPVS.SyncPeriod.Duration,
			config.IPVS.MinSyncPeriod.Duration,
			config.IPVS.ExcludeCIDRs,
			config.IPVS.StrictARP,
			config.IPVS.Scheduler,
			s.Hostname,
			s.NodeIPs,
			initOnly,
		)
	} else if config.Mode == proxyconfigapi.ProxyModeNFTables {
		logger.Info("Using nftables Proxier")
		proxier, err = nftables.NewDualStackProxier(ctx, config.SyncPeriod.Duration,
			config.MinSyncPeriod.Duration, s.Hostname, s.NodeIPs, s.Recorder, s.HealthzServer, initOnly)
	}
	if err != nil {
		return nil, fmt.Errorf("unable to create proxier: %w", err)
	}
	return proxier, nil
}
