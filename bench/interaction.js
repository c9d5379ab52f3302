// Types a new quantity `changes` times and times each change inside the page,
// from dispatching the input event until #total shows a new amount (the DOM
// changed; the paint follows in the next frame). Between changes it lets a
// frame pass, as a person types far slower than the app answers.
async (changes) => {
  const totalText = () => document.getElementById('total').textContent.trim();
  const nextFrame = () => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
  const latencies = [];
  for (let i = 0; i < changes; i++) {
    const before = totalText();
    let observer, timer;
    const changed = new Promise((resolve, reject) => {
      observer = new MutationObserver(() => {
        if (totalText() !== before) resolve(performance.now());
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      timer = setTimeout(() => reject(new Error('change ' + (i + 1) + ': total stayed ' + before)), 5000);
    });
    const q = document.getElementById('line1-quantity');
    const start = performance.now();
    q.value = String(7 + i); // 7, 8, …: each a different total
    q.dispatchEvent(new Event('input', { bubbles: true }));
    // The app may have answered during dispatch; then the observer's
    // callback, a microtask, runs at this await.
    try {
      latencies.push((await changed) - start);
    } finally {
      observer.disconnect();
      clearTimeout(timer);
    }
    await nextFrame();
  }
  return latencies;
}
