setTimeout(() => { console.log('exiting'); process.exit(4); }, 1);
setTimeout(() => console.log('never'), 50);
