# A thin front door over CMake (as Neovim has). Everything real lives in CMakeLists.txt.
BUILD ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: all deps configure build run test format bench clean
.PHONY: test-sanitize fuzz fuzz-build asan-configure

all: build

deps:
	@scripts/install-deps.sh

configure: deps
	@test -f $(BUILD)/build.ninja || cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS)

build: configure
	cmake --build $(BUILD) -j $(JOBS)

run: build
	@scripts/run-app.sh $(BUILD)

test: build
	scripts/run-tests.sh $(BUILD) $(JOBS)
	scripts/package-test.sh $(BUILD)

# The installable package (CPack: .deb on Linux); package-test builds it, installs it with apt,
# uses the installed app and removes it again (root or sudo).
.PHONY: package package-test
package: build
	cmake --build $(BUILD) --target package

package-test: configure
	scripts/package-test.sh $(BUILD)

# Benchmarks build in release mode in their own tree and print figures beside their floors.
# The LibreOffice floor for the PDF figure needs LibreOffice Writer (installed here, only for bench).
BENCH_TARGETS = cpdjournal cpdjournal-cli bench_journal bench_bare_window bench_gui_list bench_topic_suggest \
	bench_export_pdf bench_twitter_import bench_privacy_scan bench_team_dashboard
bench: deps
	@scripts/install-deps.sh --bench
	@test -f build-release/build.ninja || cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS)
	cmake --build build-release -j $(JOBS) --target $(BENCH_TARGETS)
	python3 scripts/bench.py --build build-release

# Sanitizers and fuzzing share one clang tree: ASan + UBSan everywhere (-O1, Qt's inline asserts
# on), coverage hooks for libFuzzer; `make fuzz` builds only the fuzz_* binaries in it.
ASAN_BUILD ?= build-asan
FUZZ_SECONDS ?= 120
asan-configure: deps
	@test -f $(ASAN_BUILD)/build.ninja || CXX=clang++-19 cmake -S . -B $(ASAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug \
		-DCMAKE_CXX_FLAGS_DEBUG="-g -O1" -DCPD_SANITIZE=ON -DCPD_FUZZ=ON -DCPD_SKIP_TEST_DIRS=bench $(CMAKE_FLAGS)

test-sanitize: asan-configure
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	scripts/test-sanitize.sh $(ASAN_BUILD) $(JOBS)

fuzz-build: asan-configure
	cmake --build $(ASAN_BUILD) -j $(JOBS) --target fuzz_targets

fuzz: fuzz-build
	scripts/fuzz.sh $(ASAN_BUILD) $(FUZZ_SECONDS)

# Update translations/*.ts from the sources (then translate what is new: translations/README.md).
.PHONY: translations
translations: configure
	cmake --build $(BUILD) --target translations

format: deps
	clang-format -i $$(git ls-files '*.cpp' '*.h')

clean:
	rm -rf $(BUILD)
