package ipvs

import (
	"net"
)

// Interface is an injectable interface for running ipvs commands.  Implementations must be goroutine-safe.
type Interface interface {
	// Flush clears all virtual servers in system. return occurred error immediately.
	Flush() error
	// AddVirtualServer creates the specified virtual server.
	AddVirtualServer(*VirtualServer) error
	// GetVirtualServers lists all virtual servers in the system.
	GetVirtualServers() ([]*VirtualServer, error)
}

// VirtualServer is an user-oriented definition of an IPVS virtual server in its entirety.
type VirtualServer struct {
	Address   net.IP
	Protocol  string
	Port      uint16
	Scheduler string
	Timeout   uint32
}

type runner struct{}

// New returns a new Interface which will call ipvs APIs.
func New() Interface {
	return &runner{}
}

func (r *runner) Flush() error                              { return nil }
func (r *runner) AddVirtualServer(vs *VirtualServer) error  { return nil }
func (r *runner) GetVirtualServers() ([]*VirtualServer, error) { return nil, nil }
