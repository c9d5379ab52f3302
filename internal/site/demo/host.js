// The host page's side of embedding: size the frame, show the estimate's
// total in the bar above it, send a share link. Only messages from the
// calculator's frame count.
const frame = document.getElementById("calc");
const calculator = new URL(frame.src).origin;

window.addEventListener("message", (event) => {
  if (event.origin !== calculator || event.source !== frame.contentWindow) return;
  const m = event.data || {};
  if (m.type === "qidian-calculator:height") {
    frame.height = String(m.height);
    document.getElementById("height").textContent = String(m.height);
  }
  if (m.type === "qidian-calculator:estimate") {
    document.getElementById("total").textContent = m.totalText ?? "—";
    document.getElementById("complete").textContent = m.complete ? "" : "(incomplete)";
    document.getElementById("on-request").textContent = m.onRequest ? "(price-on-request items left out)" : "";
    document.getElementById("link").href = m.link;
  }
});

document.getElementById("open").addEventListener("submit", (event) => {
  event.preventDefault();
  const link = document.getElementById("open-link").value;
  frame.contentWindow.postMessage({ type: "qidian-calculator:open", link }, calculator);
});
