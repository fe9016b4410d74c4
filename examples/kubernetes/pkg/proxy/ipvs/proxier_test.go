package ipvs

import (
	"context"
	"testing"

	utilipvs "k8s.io/kubernetes/pkg/proxy/ipvs/util"
)

func TestCanUseIPVSProxier(t *testing.T) {
	testCases := []struct {
		name      string
		scheduler string
	}{
		{name: "default scheduler", scheduler: ""},
		{name: "round robin", scheduler: "rr"},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			if err := CanUseIPVSProxier(context.Background(), utilipvs.New(), tc.scheduler); err != nil {
				t.Errorf("expected ipvs proxier to be usable, got %v", err)
			}
		})
	}
}
