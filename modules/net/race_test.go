//go:build race

package net_test

// raceEnabled builds the gonode binary under test with the race detector
// when the tests themselves run with -race.
const raceEnabled = true
