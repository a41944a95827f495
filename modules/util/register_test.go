package util_test

import (
	"github.com/gonode/gonode/modules/url"
	"github.com/gonode/gonode/modules/util"
	"github.com/gonode/gonode/runtime"
)

// The tests run runtimes in this process: register the modules they require
// (the URL global is url's).
func init() { runtime.Register(&util.Modules, &url.Modules) }
