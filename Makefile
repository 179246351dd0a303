# Dyad: two commands do all set-up on a fresh Debian machine with the Swift toolchain.
#   make demo   build, then run the main job on the bundled sample
#   make test   build, then run the whole test suite
SWIFT ?= swift
DYAD = .build/debug/dyad
OUT ?= out

.PHONY: demo test deps build bench clean model lint

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
	# Lint: `swift format lint --strict` must report nothing on Sources and Tests.
	bash scripts/lint.sh
	# No file may reproduce a sentence of the shared news-dev set (runs of ten words).
	python3 Tests/Scripts/newsdev_overlap.py --check
	$(SWIFT) build --build-tests
	$(SWIFT) test
	bash Tests/Scripts/kill-into.sh $(DYAD) 200
	python3 Tests/Scripts/bad_inputs.py $(DYAD)
	bash Tests/Scripts/spark_test.sh
	python3 Tests/Scripts/check_interop.py $(DYAD)
	python3 Tests/Scripts/browser_test.py $(DYAD)

# swift format lint --strict over Sources and Tests; `bash scripts/lint.sh --fix` formats first.
lint:
	bash scripts/lint.sh

bench: deps
	$(SWIFT) build -c release --product dyad-bench
	.build/release/dyad-bench graph
	-bash Benchmarks/snapshot_render_bench.sh
	bash Benchmarks/extract_bench.sh --cli
	bash Benchmarks/pack_bench.sh
	bash Benchmarks/cli_bench.sh

# Retrains the bundled relation scorer on the shared real-news set and Dyad's own gold files.
MODEL_GOLD = ../shared/news-dev/news-dev.jsonl Tests/Data/devset.jsonl Tests/Data/gold-small.jsonl
model: deps
	$(SWIFT) build -c release --product dyad
	.build/release/dyad train --gold $(MODEL_GOLD) --folds 5 -o Sources/DyadExtraction/DefaultPack/relation.dyadmodel

clean:
	rm -rf .build $(OUT)
