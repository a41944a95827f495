// Package all registers every core module gonode ships. Import it for its
// side effects in a program that embeds the runtime:
//
//	import _ "github.com/gonode/gonode/modules/all"
//
// The module packages declare their modules as data (runtime.ModuleSet) and
// have no init functions of their own, so this registration runs none of
// their code: see runtime.ModuleSet.
package all

import (
	"github.com/gonode/gonode/modules/assert"
	"github.com/gonode/gonode/modules/asynchooks"
	"github.com/gonode/gonode/modules/buffer"
	"github.com/gonode/gonode/modules/childprocess"
	"github.com/gonode/gonode/modules/cluster"
	"github.com/gonode/gonode/modules/console"
	"github.com/gonode/gonode/modules/constants"
	"github.com/gonode/gonode/modules/crypto"
	"github.com/gonode/gonode/modules/dgram"
	"github.com/gonode/gonode/modules/diagnosticschannel"
	"github.com/gonode/gonode/modules/dns"
	"github.com/gonode/gonode/modules/domain"
	"github.com/gonode/gonode/modules/fetch"
	"github.com/gonode/gonode/modules/fs"
	"github.com/gonode/gonode/modules/http"
	"github.com/gonode/gonode/modules/http2"
	"github.com/gonode/gonode/modules/inspector"
	"github.com/gonode/gonode/modules/intl"
	"github.com/gonode/gonode/modules/net"
	"github.com/gonode/gonode/modules/os"
	"github.com/gonode/gonode/modules/path"
	"github.com/gonode/gonode/modules/perfhooks"
	"github.com/gonode/gonode/modules/punycode"
	"github.com/gonode/gonode/modules/querystring"
	"github.com/gonode/gonode/modules/readline"
	"github.com/gonode/gonode/modules/repl"
	"github.com/gonode/gonode/modules/stream"
	"github.com/gonode/gonode/modules/stringdecoder"
	"github.com/gonode/gonode/modules/test"
	"github.com/gonode/gonode/modules/tls"
	"github.com/gonode/gonode/modules/tty"
	"github.com/gonode/gonode/modules/url"
	"github.com/gonode/gonode/modules/util"
	"github.com/gonode/gonode/modules/v8"
	"github.com/gonode/gonode/modules/vm"
	"github.com/gonode/gonode/modules/webstreams"
	workerthreads "github.com/gonode/gonode/modules/worker_threads"
	"github.com/gonode/gonode/modules/zlib"
	"github.com/gonode/gonode/runtime"
)

func init() {
	runtime.Register(
		&assert.Modules, &asynchooks.Modules, &buffer.Modules, &childprocess.Modules, &cluster.Modules,
		&console.Modules, &constants.Modules, &crypto.Modules, &dgram.Modules, &diagnosticschannel.Modules, &dns.Modules, &domain.Modules,
		&fetch.Modules, &fs.Modules, &http.Modules, &http2.Modules, &inspector.Modules, &intl.Modules, &net.Modules, &os.Modules, &path.Modules,
		&perfhooks.Modules, &punycode.Modules, &querystring.Modules, &readline.Modules, &repl.Modules,
		&stream.Modules, &stringdecoder.Modules, &test.Modules, &tls.Modules, &tty.Modules, &url.Modules,
		&util.Modules, &v8.Modules, &vm.Modules, &webstreams.Modules, &workerthreads.Modules, &zlib.Modules,
	)
	childprocess.RegisterHandleTypes(net.HandleTypes...)
	childprocess.RegisterHandleTypes(dgram.HandleTypes...)
}
