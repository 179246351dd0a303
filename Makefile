# Dyad: two commands do all set-up on a fresh Debian machine with the Swift toolchain.
#   make demo   build, then run the main job on the bundled sample
#   make test   build, then run the whole test suite
SWIFT ?= swift
DYAD = .build/debug/dyad
OUT ?= out

.PHONY: demo test deps build bench clean

deps:
	@bash scripts/install-deps.sh

build: deps
	$(SWIFT) build

demo: build
	@mkdir -p $(OUT)
	$(DYAD) validate Samples/graphs/levant-2021.json
	$(DYAD) stats Samples/graphs/levant-2021.json
	$(DYAD) show Samples/graphs/levant-2021.json --actor Hezbollah

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test

bench: deps
	$(SWIFT) build -c release --product dyad-bench
	.build/release/dyad-bench graph

clean:
	rm -rf .build $(OUT)
