// Start-up of a program that loads the modules a server needs (http, fs,
// path, util, events, child_process), as the seed's examples do: node has
// its modules compiled in a snapshot, gonode compiles them from source when
// first required. The harness's wall and cpu figures are the measurement.
require('http');
require('fs');
require('path');
require('util');
require('events');
require('child_process');
