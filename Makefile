# Build, serve, test and ship the calculator. Most days: `make run`, `make test`.

GO       ?= go
ADDR     ?= 127.0.0.1:8080
PREFIX   ?=
# The site's public address, for the page's og:url and og:image (optional).
URL      ?=
# Origins allowed to show the calculator in a frame, space-separated
# (make run EMBED_ORIGINS="https://a.example https://b.example"); none by default.
EMBED_ORIGINS ?=
# make run EMBED_DEMO=127.0.0.1:8081 also serves an example host page there.
EMBED_DEMO ?=
FUZZTIME ?= 30s
BENCH_OUT ?=
# Lighthouse audits per page in make bench (fetched with npx); 0 skips them.
LIGHTHOUSE ?= 3

BIN     := bin/qidian-calculator
# Release builds: no local paths, no symbol tables, no VCS stamp (a commit
# that changes no code must not change app.wasm, or every returning visitor
# downloads it again); both binaries from the same Go toolchain, as go-app's
# wasm_exec.js must match app.wasm.
RELEASE := -trimpath -ldflags="-s -w" -buildvcs=false
# app.wasm only: no inlining in the page's own code, go-app, and the standard
# packages they lean on most. Every visitor downloads app.wasm, and inlined
# copies made it larger, compressed and raw. Only there: with no inlining
# anywhere, app.wasm was smaller compressed but larger raw, and returning
# visits, which read and compile the raw module, started later
# (docs/performance-log.md, "Inlining in app.wasm").
WASM_NOINLINE := qidian-calculator/... github.com/maxence-charriere/... fmt reflect time encoding/json
WASM_GCFLAGS  := $(foreach p,$(WASM_NOINLINE),-gcflags=$(p)=-l)
# apt-get needs root; CI runs as root, a developer may have sudo.
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.DEFAULT_GOAL := build

.PHONY: help build wasm server precompress floor stock run static test test-deps node bench fuzz clean

## help: list these targets
help:
	@sed -n 's/^## //p' $(MAKEFILE_LIST)

## build: app.wasm, the server and the precompressed copies of web/
build: wasm server precompress

# go build caches by itself; web/app.wasm is replaced only when its bytes
# change, so precompress (half a minute of brotli) reruns only then.
wasm:
	@mkdir -p bin
	GOOS=js GOARCH=wasm $(GO) build $(RELEASE) $(WASM_GCFLAGS) -o bin/app.wasm .
	@cmp -s bin/app.wasm web/app.wasm || cp bin/app.wasm web/app.wasm

server:
	$(GO) build $(RELEASE) -o $(BIN) .

precompress: wasm
	$(GO) run ./cmd/precompress web

## run: build and serve on http://$(ADDR) (make run ADDR=host:port)
run: build
	$(BIN) serve -addr $(ADDR) -url "$(URL)" -embed-origins "$(EMBED_ORIGINS)" -embed-demo "$(EMBED_DEMO)"

## static: write dist/ for a static host (make static PREFIX=/calc for a sub-path, URL=https://… for og:url)
static: build
	rm -rf dist
	$(BIN) static -web web -out dist -prefix "$(PREFIX)" -url "$(URL)" -embed-origins "$(EMBED_ORIGINS)"
	$(GO) run ./cmd/precompress dist

# The server's lock-out test (issue 33) holds 4,000 connections for three
# minutes and wants every visitor answered within 1 s: it runs alone, so
# that the browser tests' load is not charged to the server.
LOCKOUT_TEST := TestAttackersDoNotLockVisitorsOut

## test: vet and test natively (also with the fixture price lists), the pricing and webstorage packages as wasm in Node, and the browser tests
test: test-deps build
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet . ./app/... ./pricing/... ./internal/webstorage/...
	$(GO) test -timeout 30m -skip '^$(LOCKOUT_TEST)$$' ./...
	$(GO) test -timeout 10m -count=1 -run '^$(LOCKOUT_TEST)$$' ./internal/site
	$(GO) test -tags pricefixture . ./pricing
	GOOS=js GOARCH=wasm $(GO) test -exec="$$($(GO) env GOROOT)/lib/wasm/go_js_wasm_exec" ./pricing/... ./internal/webstorage/...

# Node runs the wasm tests; Chromium runs the browser tests; axe-core
# (from the npm registry, pinned in e2e/package-lock.json) audits the page.
test-deps: node e2e/node_modules/.installed
	@test -x "$${CHROME:-/usr/bin/chromium}" || { \
		$(SUDO) apt-get update && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y chromium fonts-wqy-microhei; }

node:
	@command -v node >/dev/null && command -v npm >/dev/null || { \
		echo "make test needs Node.js and npm (apt-get install nodejs npm)" >&2; exit 1; }

# Reinstalled whenever the lock file changes, e.g. a new axe-core version.
e2e/node_modules/.installed: e2e/package-lock.json | node
	npm ci --prefix e2e --no-audit --no-fund
	@touch $@

## bench: one table: the calculator beside the stock go-app page and the floor: size, first and returning visits, code cache, interaction, Lighthouse, pricing, server (BENCH_OUT=FILE also writes it)
bench: test-deps build floor stock
	@command -v wrk >/dev/null || { \
		$(SUDO) apt-get update && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y wrk; }
	$(GO) run ./bench -lighthouse $(LIGHTHOUSE) $(if $(BENCH_OUT),-o $(BENCH_OUT))

# bench_page NAME builds the bench's page program bench/NAME into bin/NAME:
# its app.wasm (web/app.wasm is replaced only when its bytes change, so
# precompress reruns only then) and its server, bin/NAME/NAME.
define bench_page
	@mkdir -p bin/$(1)/web
	GOOS=js GOARCH=wasm $(GO) build $(RELEASE) -o bin/$(1)/app.wasm ./bench/$(1)
	@cmp -s bin/$(1)/app.wasm bin/$(1)/web/app.wasm || cp bin/$(1)/app.wasm bin/$(1)/web/app.wasm
	$(GO) build $(RELEASE) -o bin/$(1)/$(1) ./bench/$(1)
endef

## floor: bin/floor, the program in bench/floor: the same server, loader and worker around a bare go-app page (internal/floorpage)
FLOOR := bin/floor
floor:
	$(call bench_page,floor)
	cp -R web/app.css web/print.css web/icons $(FLOOR)/web/
	$(GO) run ./cmd/precompress $(FLOOR)/web

## stock: bin/stock, a bare go-app page served by go-app's own Handler, loader and worker (bench/stock), app.wasm brotli
STOCK := bin/stock
stock:
	$(call bench_page,stock)
	cp web/icons/icon-192.png $(STOCK)/web/icon.png
	$(GO) run ./cmd/precompress $(STOCK)/web

## fuzz: run each Fuzz target in ./pricing and ./app for FUZZTIME (default 30s), one at a time
FUZZ_PKGS := ./pricing ./app
fuzz:
	@set -e; for p in $(FUZZ_PKGS); do \
		for t in $$($(GO) test -list '^Fuzz' $$p | grep '^Fuzz'); do \
			echo "== $$p $$t"; \
			$(GO) test -run '^$$' -fuzz "^$$t\$$" -fuzztime $(FUZZTIME) $$p; \
		done; \
	done

## clean: remove everything the build and the tests made
clean:
	rm -rf bin dist testout web/app.wasm
	find web \( -name '*.br' -o -name '*.gz' -o -name '*.tmp' \) -type f -delete
