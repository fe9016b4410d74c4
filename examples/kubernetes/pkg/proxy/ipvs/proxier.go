package ipvs

import (
	"context"
	"fmt"
	"time"

	"k8s.io/klog/v2"
	utilipvs "k8s.io/kubernetes/pkg/proxy/ipvs/util"
)

const defaultScheduler = "rr"

// Proxier is an ipvs based proxy for connections between a localhost:lport
// and services that provide the actual backends.
type Proxier struct {
	ipvs          utilipvs.Interface
	syncPeriod    time.Duration
	minSyncPeriod time.Duration
	excludeCIDRs  []string
	strictARP     bool
	scheduler     string
}

// CanUseIPVSProxier checks that the kernel supports ipvs and the requested scheduler.
func CanUseIPVSProxier(ctx context.Context, ipvs utilipvs.Interface, scheduler string) error {
	logger := klog.FromContext(ctx)
	if scheduler == "" {
		scheduler = defaultScheduler
	}
	if _, err := ipvs.GetVirtualServers(); err != nil {
		return fmt.Errorf("can't use ipvs proxier: %w", err)
	}
	logger.V(2).Info("ipvs proxier is usable", "scheduler", scheduler)
	return nil
}
