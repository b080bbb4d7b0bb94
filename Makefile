# A thin front door over CMake (as Neovim has). Everything real lives in CMakeLists.txt.
BUILD ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: all deps configure build run test format bench clean

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

# Benchmarks build in release mode in their own tree and print figures beside their floors.
# The LibreOffice floor for the PDF figure needs LibreOffice Writer (installed here, only for bench).
BENCH_TARGETS = cpdjournal cpdjournal-cli bench_journal bench_bare_window bench_gui_list bench_topic_suggest \
	bench_export_pdf bench_twitter_import bench_privacy_scan bench_team_dashboard
bench: deps
	@scripts/install-deps.sh --bench
	@test -f build-release/build.ninja || cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS)
	cmake --build build-release -j $(JOBS) --target $(BENCH_TARGETS)
	python3 scripts/bench.py --build build-release

format: deps
	clang-format -i $$(git ls-files '*.cpp' '*.h')

clean:
	rm -rf $(BUILD)
