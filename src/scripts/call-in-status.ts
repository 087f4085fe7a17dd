// Updates printed call-in statuses against the reader's clock. Without JavaScript the
// page shows the status as at the build date, and says so.
const parts = (date: Date) => {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
};
const today = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})
  .format(new Date())
  .replace(',', '');
const now = parts(new Date());

for (const el of document.querySelectorAll<HTMLElement>('[data-call-in-ends]')) {
  const asAt = el.querySelector('[data-call-in-asat]');
  if (asAt) asAt.textContent = `as at ${today}`;
  if (now >= (el.dataset.callInEnds ?? '')) {
    const tag = el.querySelector('[data-call-in-tag] .tag');
    if (tag) {
      tag.textContent = 'Call-in closed';
      tag.className = 'tag tag--grey';
    }
    el.querySelectorAll('[data-call-in-open-only]').forEach((x) => x.remove());
    const closes = el.querySelector('[data-call-in-closes]');
    if (closes) closes.textContent = closes.textContent.replace('Call-in closes at', 'Call-in closed at');
  }
}
