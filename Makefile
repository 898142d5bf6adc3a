# Tend's two commands: `make run` and `make test`. Everything else is a helper around CMake.
BUILD      ?= build
ASAN_BUILD ?= build-asan
FUZZ_BUILD ?= build-fuzz
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_ARGS ?=

# ccache, where a developer has it, makes rebuilds and extra worktrees cheap; CI runs without it.
CCACHE := $(shell command -v ccache 2>/dev/null)
ifneq ($(CCACHE),)
LAUNCHER = -DCMAKE_C_COMPILER_LAUNCHER=$(CCACHE) -DCMAKE_CXX_COMPILER_LAUNCHER=$(CCACHE)
export CCACHE_BASEDIR := $(CURDIR)
export CCACHE_NOHASHDIR := 1
endif

# The settings live once, in CMakePresets.json; the Makefile only names the preset (and where to build).
CONFIGURE = cmake --preset dev -B $(BUILD) $(LAUNCHER) $(CMAKE_ARGS)

.PHONY: all deps configure build run test bench package translations coach-model asan fuzz screenshots architecture-graph format \
        format-check clean

all: build

deps:
	@./cmake/install-deps.sh

$(BUILD)/build.ninja:
	@$(MAKE) --no-print-directory deps
	$(CONFIGURE)

configure: deps
	$(CONFIGURE)

build: deps $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)

run: build
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY$$QT_QPA_PLATFORM" ]; then \
	    echo "No display found. Run Tend under a virtual display:  xvfb-run -a $(BUILD)/bin/tend"; \
	    echo "or off-screen:                                        QT_QPA_PLATFORM=offscreen $(BUILD)/bin/tend"; \
	    exit 1; \
	fi
	$(BUILD)/bin/tend $(ARGS)

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# Refreshes translations/tend_<lang>.ts from the sources (lupdate); translators then fill them in with Qt Linguist.
# tend_i18n_tests fails while a .ts is older than the sources or has an unfinished string (docs/translating.md).
translations: deps
	./cmake/update-translations.sh

# A Debian package, build/tend_<version>_amd64.deb (packaging/CMakeLists.txt, docs/packaging.md).
package: build
	cd $(BUILD) && cpack -G DEB

bench: build
	@set -e; for b in $(BUILD)/bin/tend_bench_*; do echo "== $$b"; "$$b"; done

# The coach's learned layer, trained from tests/data/coach (seconds; same data, same file).
coach-model: build
	$(BUILD)/bin/tend_coach_train
	$(BUILD)/bin/tend_coach_train --locale es
	$(BUILD)/bin/tend_coach_train --locale de

asan:
	@$(MAKE) --no-print-directory deps
	cmake --preset asan -B $(ASAN_BUILD) $(CMAKE_ARGS)
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	    ctest --output-on-failure -j $(JOBS)

# libFuzzer targets need clang; they live in their own build folder.
fuzz:
	@$(MAKE) --no-print-directory deps
	cmake --preset fuzz -B $(FUZZ_BUILD) $(CMAKE_ARGS)
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target fuzzers
	@echo "Fuzzers are in $(FUZZ_BUILD)/bin (fuzz_*). Example: $(FUZZ_BUILD)/bin/fuzz_content tests/fuzz/corpus/content -max_total_time=600"

screenshots: build
	QT_QPA_PLATFORM=offscreen $(BUILD)/bin/tend_screenshots docs/screenshots

# docs/architecture-layers.svg: the picture of the layers, drawn from the CMake targets themselves
# (CMakeGraphVizOptions.cmake says which). Needs Graphviz's dot, installed here on first use.
architecture-graph: $(BUILD)/build.ninja
	@command -v dot >/dev/null || apt-get install -y --no-install-recommends graphviz
	cmake --graphviz=$(BUILD)/graph/tend.dot $(BUILD) >/dev/null
	dot -Tsvg $(BUILD)/graph/tend.dot -o docs/architecture-layers.svg
	@echo "Wrote docs/architecture-layers.svg"

FORMAT_FILES = $(shell git ls-files '*.cpp' '*.h' 2>/dev/null)

format:
	clang-format -i $(FORMAT_FILES)

format-check:
	@clang-format --dry-run --Werror $(FORMAT_FILES) && echo "format-check: every C++ file follows .clang-format"

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD)
