// Package ipvsuser is a vendored third-party helper that still links the
// in-tree ipvs proxier. Vendored code is not product code of kubernetes/kubernetes.
package ipvsuser

import (
	"context"

	"k8s.io/kubernetes/pkg/proxy/ipvs"
	utilipvs "k8s.io/kubernetes/pkg/proxy/ipvs/util"
)

// Probe reports whether the host could run the ipvs proxier.
func Probe(ctx context.Context, scheduler string) bool {
	return ipvs.CanUseIPVSProxier(ctx, utilipvs.New(), scheduler) == nil
}
