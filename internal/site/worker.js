// The calculator's service worker. go-app fills in the version and the list
// of files. Installing waits until every file is cached, so the calculator
// works offline as soon as the worker is active; answers come from the cache
// first. Share links live in the URL fragment, which never reaches a
// request, so one cached page serves them all.
const cacheName = "qidian-calculator-{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}};

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(cacheName)
      .then((cache) => cache.addAll(resourcesToCache))
      .then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((n) => n !== cacheName).map((n) => caches.delete(n))))
      .then(() => self.clients.claim())
  );
});

// A page may be opened with a query (an embedding page adds ?embed=1): the
// page is the same, so a navigation's query is ignored when matching.
self.addEventListener("fetch", (event) => {
  const options = { ignoreSearch: event.request.mode === "navigate" };
  event.respondWith(caches.match(event.request, options).then((cached) => cached || fetch(event.request)));
});
