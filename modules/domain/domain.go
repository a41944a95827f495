// Package domain provides node's deprecated 'domain' core module, which
// process managers and older servers still use (pm2 runs its daemon and
// its worker in domains): an uncaught exception thrown by code that runs
// in a domain, or in callbacks it scheduled, goes to the domain's 'error'
// listeners. The active domain follows the async context as
// AsyncLocalStorage does. It is plain JavaScript, loaded on first require.
package domain

import (
	_ "embed"

	"github.com/gonode/gonode/runtime"
)

// Modules is domain; modules/all registers it.
var Modules = runtime.ModuleSet{
	Core: []runtime.Module{
		{Name: "domain", Source: &source},
	},
}

//go:embed domain.js
var source string
