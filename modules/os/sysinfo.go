package os

import (
	"bufio"
	"bytes"
	"fmt"
	"net"
	"os"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

// CPU is one logical processor as os.cpus() reports it.
type CPU struct {
	Model string
	Speed int // MHz; 0 when the kernel exposes no cpufreq data
	// Times in milliseconds.
	User, Nice, Sys, Idle, IRQ int64
}

// clockTicks is USER_HZ, the unit of /proc/stat; Linux fixes it at 100.
const clockTicks = 100

// CPUs reads the processors from /proc/stat (times), /proc/cpuinfo (model)
// and /sys cpufreq (speed), as libuv does.
func CPUs() ([]CPU, error) {
	stat, err := os.ReadFile("/proc/stat")
	if err != nil {
		return nil, fmt.Errorf("read cpu times: %w", err)
	}
	var cpus []CPU
	for _, line := range strings.Split(string(stat), "\n") {
		if !strings.HasPrefix(line, "cpu") || len(line) < 4 || line[3] < '0' || line[3] > '9' {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 7 {
			continue
		}
		var t [6]int64
		for i := range t {
			t[i], _ = strconv.ParseInt(f[i+1], 10, 64)
		}
		const ms = 1000 / clockTicks
		cpus = append(cpus, CPU{User: t[0] * ms, Nice: t[1] * ms, Sys: t[2] * ms, Idle: t[3] * ms, IRQ: t[5] * ms})
	}
	models := cpuModels()
	for i := range cpus {
		cpus[i].Model = "unknown"
		if i < len(models) {
			cpus[i].Model = models[i]
		}
		cpus[i].Speed = cpuSpeed(i)
	}
	return cpus, nil
}

// cpuModels returns the "model name" of each processor in /proc/cpuinfo.
func cpuModels() []string {
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return nil
	}
	var models []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		key, value, ok := strings.Cut(sc.Text(), ":")
		if ok && strings.TrimSpace(key) == "model name" {
			models = append(models, strings.TrimSpace(value))
		}
	}
	return models
}

func cpuSpeed(i int) int {
	data, err := os.ReadFile(fmt.Sprintf("/sys/devices/system/cpu/cpu%d/cpufreq/scaling_cur_freq", i))
	if err != nil {
		return 0
	}
	khz, _ := strconv.Atoi(strings.TrimSpace(string(data)))
	return khz / 1000
}

// AvailableParallelism is the number of CPUs this process may run on.
func AvailableParallelism() int {
	var set unix.CPUSet
	if err := unix.SchedGetaffinity(0, &set); err == nil {
		if n := set.Count(); n > 0 {
			return n
		}
	}
	return 1
}

// Memory returns MemTotal and MemAvailable from /proc/meminfo, in bytes.
func Memory() (total, free int64, err error) {
	data, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return 0, 0, fmt.Errorf("read memory info: %w", err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		key, value, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(value), " kB"), 10, 64)
		switch key {
		case "MemTotal":
			total = kb * 1024
		case "MemAvailable":
			free = kb * 1024
		}
	}
	return total, free, nil
}

// Uptime is the system uptime in seconds, with /proc/uptime's precision.
func Uptime() (float64, error) {
	data, err := os.ReadFile("/proc/uptime")
	if err != nil {
		return 0, fmt.Errorf("read uptime: %w", err)
	}
	f := strings.Fields(string(data))
	if len(f) == 0 {
		return 0, fmt.Errorf("read uptime: empty /proc/uptime")
	}
	return strconv.ParseFloat(f[0], 64)
}

// LoadAvg returns the 1, 5 and 15 minute load averages.
func LoadAvg() [3]float64 {
	var out [3]float64
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return out
	}
	f := strings.Fields(string(data))
	for i := 0; i < 3 && i < len(f); i++ {
		out[i], _ = strconv.ParseFloat(f[i], 64)
	}
	return out
}

// Uname holds the fields of uname(2).
type Uname struct {
	Sysname, Nodename, Release, Version, Machine string
}

// GetUname calls uname(2).
func GetUname() (Uname, error) {
	var u unix.Utsname
	if err := unix.Uname(&u); err != nil {
		return Uname{}, err
	}
	return Uname{
		Sysname:  unix.ByteSliceToString(u.Sysname[:]),
		Nodename: unix.ByteSliceToString(u.Nodename[:]),
		Release:  unix.ByteSliceToString(u.Release[:]),
		Version:  unix.ByteSliceToString(u.Version[:]),
		Machine:  unix.ByteSliceToString(u.Machine[:]),
	}, nil
}

// Passwd is a user's /etc/passwd entry.
type Passwd struct {
	UID, GID                 int
	Username, Homedir, Shell string
}

// LookupUID finds uid in /etc/passwd; it returns unix.ENOENT when absent.
func LookupUID(uid int) (Passwd, error) {
	data, err := os.ReadFile("/etc/passwd")
	if err != nil {
		return Passwd{}, unix.ENOENT
	}
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Split(line, ":")
		if len(f) < 7 {
			continue
		}
		if id, err := strconv.Atoi(f[2]); err != nil || id != uid {
			continue
		}
		gid, _ := strconv.Atoi(f[3])
		return Passwd{UID: uid, GID: gid, Username: f[0], Homedir: f[5], Shell: f[6]}, nil
	}
	return Passwd{}, unix.ENOENT
}

// IfaceAddr is one address of a network interface, in node's shape.
type IfaceAddr struct {
	Name, Address, Netmask, Family, MAC, CIDR string
	Internal                                  bool
	ScopeID                                   int
}

// NetworkInterfaces lists the addresses of the interfaces that are up and
// running, IPv4 before IPv6, as libuv does.
func NetworkInterfaces() ([]IfaceAddr, error) {
	ifaces, err := net.Interfaces()
	if err != nil {
		return nil, fmt.Errorf("list interfaces: %w", err)
	}
	var v4, v6 []IfaceAddr
	for _, ifc := range ifaces {
		if ifc.Flags&net.FlagUp == 0 || ifc.Flags&net.FlagRunning == 0 {
			continue
		}
		addrs, err := ifc.Addrs()
		if err != nil {
			continue
		}
		mac := "00:00:00:00:00:00"
		if len(ifc.HardwareAddr) == 6 {
			mac = ifc.HardwareAddr.String()
		}
		for _, a := range addrs {
			ipnet, ok := a.(*net.IPNet)
			if !ok {
				continue
			}
			ones, _ := ipnet.Mask.Size()
			e := IfaceAddr{Name: ifc.Name, MAC: mac, Internal: ifc.Flags&net.FlagLoopback != 0}
			if ip4 := ipnet.IP.To4(); ip4 != nil {
				e.Family, e.Address = "IPv4", ip4.String()
				e.Netmask = net.IP(ipnet.Mask[len(ipnet.Mask)-4:]).String()
				e.CIDR = fmt.Sprintf("%s/%d", e.Address, ones)
				v4 = append(v4, e)
				continue
			}
			e.Family, e.Address = "IPv6", ipnet.IP.String()
			e.Netmask = net.IP(ipnet.Mask).String()
			e.CIDR = fmt.Sprintf("%s/%d", e.Address, ones)
			if ipnet.IP.IsLinkLocalUnicast() || ipnet.IP.IsLinkLocalMulticast() {
				e.ScopeID = ifc.Index
			}
			v6 = append(v6, e)
		}
	}
	return append(v4, v6...), nil
}
