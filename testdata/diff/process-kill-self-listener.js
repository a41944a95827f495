// process.kill of this process with a listener: the listener runs in the
// loop's next turn, even when only an immediate holds the loop, as in node.
process.once('SIGINT', (signal) => console.log('got', signal));
process.kill(process.pid, 'SIGINT');
process.once('SIGTERM', (signal) => console.log('got', signal));
process.kill(process.pid, 'SIGTERM');
setImmediate(() => {});
