package nftables

import (
	"context"
	"net"
	"time"

	v1 "k8s.io/api/core/v1"
	"k8s.io/klog/v2"
	"k8s.io/kubernetes/pkg/proxy"
)

// Proxier is an nftables-based proxy.
type Proxier struct {
	ipFamily      v1.IPFamily
	syncPeriod    time.Duration
	minSyncPeriod time.Duration
	hostname      string
	nodeIP        net.IP
}

// NewDualStackProxier creates a MetaProxier instance, with IPv4 and IPv6 proxies.
func NewDualStackProxier(ctx context.Context, syncPeriod, minSyncPeriod time.Duration, hostname string,
	nodeIPs map[v1.IPFamily]net.IP, recorder interface{}, healthzServer interface{}, initOnly bool) (proxy.Provider, error) {
	logger := klog.FromContext(ctx)
	logger.V(2).Info("Creating dual-stack nftables proxier", "hostname", hostname)
	ipv4 := &Proxier{ipFamily: v1.IPv4Protocol, syncPeriod: syncPeriod, minSyncPeriod: minSyncPeriod, hostname: hostname, nodeIP: nodeIPs[v1.IPv4Protocol]}
	ipv6 := &Proxier{ipFamily: v1.IPv6Protocol, syncPeriod: syncPeriod, minSyncPeriod: minSyncPeriod, hostname: hostname, nodeIP: nodeIPs[v1.IPv6Protocol]}
	return proxy.NewMetaProxier(ipv4, ipv6), nil
}

// Sync is called to synchronize the proxier state to nftables as soon as possible.
func (proxier *Proxier) Sync() {
	proxier.syncProxyRules()
}

func (proxier *Proxier) syncProxyRules() {
	// Build the nftables transaction for the current service and endpoint state.
}
