# Build, serve, test and ship the calculator. Most days: `make run`, `make test`.

GO       ?= go
ADDR     ?= 127.0.0.1:8080
PREFIX   ?=
FUZZTIME ?= 30s
BENCH_OUT ?=
# Lighthouse audits per page in make bench (fetched with npx); 0 skips them.
LIGHTHOUSE ?= 3

BIN     := bin/qidian-calculator
# Release builds: no local paths, no symbol tables; both binaries from the
# same Go toolchain, as go-app's wasm_exec.js must match app.wasm.
RELEASE := -trimpath -ldflags="-s -w"
# apt-get needs root; CI runs as root, a developer may have sudo.
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: build wasm server precompress floor stock run static test test-deps bench fuzz clean

## build: app.wasm, the server and the precompressed copies of web/
build: wasm server precompress

# go build caches by itself; web/app.wasm is replaced only when its bytes
# change, so precompress (half a minute of brotli) reruns only then.
wasm:
	@mkdir -p bin
	GOOS=js GOARCH=wasm $(GO) build $(RELEASE) -o bin/app.wasm .
	@cmp -s bin/app.wasm web/app.wasm || cp bin/app.wasm web/app.wasm

server:
	$(GO) build $(RELEASE) -o $(BIN) .

precompress: wasm
	$(GO) run ./cmd/precompress web

## run: build and serve on http://$(ADDR) (make run ADDR=host:port)
run: build
	$(BIN) -addr $(ADDR)

## static: write dist/ for a static host (make static PREFIX=/calc for a sub-path)
static: build
	rm -rf dist
	$(BIN) static -web web -out dist -prefix "$(PREFIX)"
	$(GO) run ./cmd/precompress dist

## test: vet and test natively, the pricing package as wasm in Node, and the browser tests
test: test-deps build
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet . ./app/... ./pricing/...
	$(GO) test -timeout 30m ./...
	GOOS=js GOARCH=wasm $(GO) test -exec="$$($(GO) env GOROOT)/lib/wasm/go_js_wasm_exec" ./pricing/...

# Node runs the wasm tests; Chromium runs the browser tests; axe-core
# (from the npm registry, pinned in e2e/package-lock.json) audits the page.
test-deps: e2e/node_modules/.installed
	@command -v node >/dev/null || { echo "make test needs Node.js (apt-get install nodejs)" >&2; exit 1; }
	@test -x "$${CHROME:-/usr/bin/chromium}" || { \
		$(SUDO) apt-get update && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y chromium fonts-wqy-microhei; }

# Reinstalled whenever the lock file changes, e.g. a new axe-core version.
e2e/node_modules/.installed: e2e/package-lock.json
	npm ci --prefix e2e --no-audit --no-fund
	@touch $@

## bench: one table: the calculator beside the stock go-app page and the floor: size, first and returning visits, code cache, interaction, Lighthouse, pricing, server (BENCH_OUT=FILE also writes it)
bench: test-deps build floor stock
	@command -v wrk >/dev/null || { \
		$(SUDO) apt-get update && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y wrk; }
	$(GO) run ./bench -lighthouse $(LIGHTHOUSE) $(if $(BENCH_OUT),-o $(BENCH_OUT))

## floor: bin/floor, the program in bench/floor: the same server, loader and worker around a bare go-app page (internal/floorpage)
FLOOR := bin/floor
floor:
	@mkdir -p $(FLOOR)/web
	GOOS=js GOARCH=wasm $(GO) build $(RELEASE) -o $(FLOOR)/app.wasm ./bench/floor
	@cmp -s $(FLOOR)/app.wasm $(FLOOR)/web/app.wasm || cp $(FLOOR)/app.wasm $(FLOOR)/web/app.wasm
	$(GO) build $(RELEASE) -o $(FLOOR)/floor ./bench/floor
	cp -R web/app.css web/icons $(FLOOR)/web/
	$(GO) run ./cmd/precompress $(FLOOR)/web

## stock: bin/stock, a bare go-app page served by go-app's own Handler, loader and worker (bench/stock), app.wasm brotli
STOCK := bin/stock
stock:
	@mkdir -p $(STOCK)/web
	GOOS=js GOARCH=wasm $(GO) build $(RELEASE) -o $(STOCK)/app.wasm ./bench/stock
	@cmp -s $(STOCK)/app.wasm $(STOCK)/web/app.wasm || cp $(STOCK)/app.wasm $(STOCK)/web/app.wasm
	$(GO) build $(RELEASE) -o $(STOCK)/stock ./bench/stock
	cp web/icons/icon-192.png $(STOCK)/web/icon.png
	$(GO) run ./cmd/precompress $(STOCK)/web

## fuzz: run each Fuzz target in ./pricing for FUZZTIME (default 30s), one at a time
fuzz:
	@set -e; for t in $$($(GO) test -list '^Fuzz' ./pricing | grep '^Fuzz'); do \
		echo "== $$t"; \
		$(GO) test -run '^$$' -fuzz "^$$t\$$" -fuzztime $(FUZZTIME) ./pricing; \
	done

## clean: remove everything the build made
clean:
	rm -rf bin dist web/app.wasm
	find web \( -name '*.br' -o -name '*.gz' -o -name '*.tmp' \) -type f -delete
