process.on('exit', (c) => { console.log('exit', c); process.exitCode = 7; });
