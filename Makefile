# Prism: the two commands of the README.
#   make run   installs what is missing, builds in release mode, runs the flagship notebook and writes its report
#   make test  installs what is missing and runs the whole test suite
# Also: make build, make bench (Prism against CPython 3.11 on ../shared/bench/interp).

PRISM := .build/release/prism
FLAGSHIP := notebooks/flagship.nb.md
REPORT := .build/flagship/report.md
DEBIAN_PACKAGES := libopenblas-dev libreadline-dev libsnappy-dev libzstd-dev zlib1g-dev python3

.PHONY: run test build bench deps

run: deps build
	@mkdir -p $(dir $(REPORT))
	$(PRISM) run $(FLAGSHIP) -o $(REPORT)
	@echo "Report: $(REPORT)"

build:
	swift build -c release --product prism

test: deps
	swift test

bench: build
	swift build -c release --product prism-bench
	python3 Scripts/bench_interp.py --rounds 5

deps:
	@Scripts/install_deps.sh $(DEBIAN_PACKAGES)
