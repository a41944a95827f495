// Date's local time and Intl's default time zone follow process.env.TZ, as
// in node: set, changed, emptied, invalid and deleted.
const { execFileSync } = require('child_process');
const d = new Date(Date.UTC(2024, 6, 5, 15, 4, 9, 45));
const show = (label) => {
  console.log(label, [d.getHours(), d.getDate(), d.getTimezoneOffset(), d.toString(), d.toTimeString(), d.toDateString(),
    d.toLocaleString(), new Date(2024, 0, 1, 12).getTime(), Date.parse('2024-03-10T02:30:00'), Date.parse('Jul 5 2024 10:00'),
    Intl.DateTimeFormat().resolvedOptions().timeZone, new Intl.DateTimeFormat('en-US', { timeStyle: 'full' }).format(d)].join(' | '));
};
show('start');
for (const tz of ['America/New_York', 'Asia/Tokyo', ':Europe/Paris', 'Asia/Kolkata', 'UTC', 'Australia/Sydney']) {
  process.env.TZ = tz;
  show(tz);
}
process.env.TZ = 'America/Los_Angeles';
const m = new Date(2024, 2, 10, 1, 30);
m.setHours(2, 30);
console.log('dst gap', m.getHours(), m.getMinutes(), m.toString());
m.setMonth(10, 3);
m.setHours(1, 30);
console.log('dst overlap', m.getTime(), m.toString());
console.log('child', execFileSync(process.execPath, ['-e', 'console.log(new Date(0).toString())']).toString().trim());
delete process.env.TZ;
show('deleted');
