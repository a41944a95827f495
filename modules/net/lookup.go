package net

import (
	"context"
	"errors"
	gonet "net"

	"github.com/dop251/goja"
)

// lookup(host, family, cb) resolves host (from /etc/hosts or DNS) on a
// goroutine; cb(code, addresses) gets a getaddrinfo error code ('ENOTFOUND',
// 'EAI_AGAIN') or null and [{address, family}], family 4 or 6, filtered by
// family when it is 4 or 6.
func (b *binding) lookup(call goja.FunctionCall) goja.Value {
	host := call.Argument(0).String()
	family := int(call.Argument(1).ToInteger())
	cb := call.Argument(2)
	b.rt.Async(func() func() {
		ips, err := gonet.DefaultResolver.LookupIPAddr(context.Background(), host)
		return func() {
			vm := b.vm
			var out []any
			for _, ip := range ips {
				f := 6
				if ip.IP.To4() != nil {
					f = 4
				}
				if family != 0 && family != f {
					continue
				}
				o := vm.NewObject()
				_ = o.Set("address", ip.IP.String())
				_ = o.Set("family", f)
				out = append(out, o)
			}
			if err != nil || len(out) == 0 {
				code := "ENOTFOUND"
				var dnsErr *gonet.DNSError
				if errors.As(err, &dnsErr) && (dnsErr.IsTimeout || dnsErr.IsTemporary) && !dnsErr.IsNotFound {
					code = "EAI_AGAIN"
				}
				b.rt.Call(cb, goja.Undefined(), vm.ToValue(code))
				return
			}
			b.rt.Call(cb, goja.Undefined(), goja.Null(), vm.NewArray(out...))
		}
	})
	return goja.Undefined()
}
