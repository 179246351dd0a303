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

SAMPLE = Samples/articles/2021-11-20-sample.txt

demo: build
	@mkdir -p $(OUT)
	$(DYAD) extract $(SAMPLE) -o $(OUT)/sample.json
	$(DYAD) stats $(OUT)/sample.json
	$(DYAD) render $(OUT)/sample.json -o $(OUT)/sample.svg
	$(DYAD) render $(OUT)/sample.json -o $(OUT)/sample.png
	@echo
	@echo "Diagram: $(OUT)/sample.svg (and $(OUT)/sample.png); graph: $(OUT)/sample.json"

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test
	python3 Tests/Scripts/browser_test.py $(DYAD)

bench: deps
	$(SWIFT) build -c release --product dyad-bench
	.build/release/dyad-bench graph

clean:
	rm -rf .build $(OUT)
