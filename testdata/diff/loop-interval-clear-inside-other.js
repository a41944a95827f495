const a = setInterval(() => console.log('never'), 50);
setTimeout(() => { clearInterval(a); console.log('cleared'); }, 1);
