# The two commands of the README. Both install what is missing first.
BUILD ?= build
JOBS ?= 2
# Extra CMake options, e.g. CMAKE_FLAGS=-DCKPT_WERROR=ON (what CI uses).
CMAKE_FLAGS ?=

.PHONY: run test deps build fuzz bench clean format format-check package screenshots

deps:
	sh packaging/install-deps.sh

build: deps
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS)
	cmake --build $(BUILD) -j$(JOBS)

# Opens the GUI on the bundled example checkpoint.
run: build
	$(BUILD)/bin/ckpt-inspector resources/examples/example.pt

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j$(JOBS)

# libFuzzer harnesses (clang, ASan + UBSan) in build-fuzz, FUZZ_SECONDS each (default 30).
FUZZ_SECONDS ?= 30
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) FIXTURE_DIR=$(BUILD)/fixtures sh tests/fuzz/run_fuzzers.sh

# The Debian package (dependencies computed by dpkg-shlibdeps) in $(BUILD)/package.
package: build
	cpack --config $(BUILD)/CPackConfig.cmake -B $(BUILD)/package

# The README's and the AppStream metainfo's pictures, made by the app (docs/screenshots).
screenshots: build
	sh packaging/make_screenshots.sh $(BUILD)

bench: build
	sh tests/bench/run_benchmarks.sh $(BUILD)

clean:
	rm -rf $(BUILD)

# Every C++ file as .clang-format says (clang-format from Debian, installed by deps).
format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

format-check:
	git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror
