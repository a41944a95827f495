// Start-up: an empty program. The harness's wall and cpu figures are the
// measurement.
