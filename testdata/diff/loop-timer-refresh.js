let fired = 0;
const t = setTimeout(() => { fired++; console.log('fired', fired); }, 200);
setTimeout(() => t.refresh(), 100);
setTimeout(() => console.log('at 250, fired =', fired), 250);
