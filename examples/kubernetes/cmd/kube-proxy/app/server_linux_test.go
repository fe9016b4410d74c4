//go:build linux
// +build linux

package app

import (
	"testing"

	utilfeature "k8s.io/apiserver/pkg/util/feature"
	featuregatetesting "k8s.io/component-base/featuregate/testing"
	"k8s.io/kubernetes/pkg/features"
	proxyconfigapi "k8s.io/kubernetes/pkg/proxy/apis/config"
	utilipvstesting "k8s.io/kubernetes/pkg/proxy/ipvs/util/testing"
)

func TestIsIPTablesBasedIPVS(t *testing.T) {
	// ipvs mode is off by default since 1.40; tests that still exercise it turn the gate on.
	featuregatetesting.SetFeatureGateDuringTest(t, utilfeature.DefaultFeatureGate, features.KubeProxyIPVS, true)
	_ = utilipvstesting.NewFake()

	if !isIPTablesBased(proxyconfigapi.ProxyModeIPVS) {
		t.Errorf("expected ipvs mode to be iptables-based")
	}
	if isIPTablesBased(proxyconfigapi.ProxyModeNFTables) {
		t.Errorf("expected nftables mode not to be iptables-based")
	}
}
