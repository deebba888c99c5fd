# naba — the two commands of the README, and their parts.
#   make demo   install Debian dependencies, build, run naba on the example article
#   make test   install Debian dependencies, build, run every test (plain, valgrind, ASan+UBSan, TSan, fuzz)
# Everything is built under build/ (release), build-asan/, build-tsan/ and build-fuzz/.

EXAMPLE := examples/istanbul-talks-2025-05-16.ar.txt
JOBS    ?= $(shell nproc)
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEB_PACKAGES := build-essential cmake pkg-config clang libclang-rt-14-dev \
                libcjson-dev libmicrohttpd-dev hunspell-ar valgrind jq python3 time iso-codes bc
FUZZ_SECONDS ?= 10

.PHONY: all deps build demo test test-unit test-asan test-tsan test-fuzz test-valgrind bench clean

all: build

# Install only what is missing, so a second run is quick and needs no network.
deps:
	@missing=$$(for p in $(DEB_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing:" $$missing; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi

build: deps
	cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
	cmake --build build -j $(JOBS)

# The article's date (16 May 2025) resolves its relative dates ("on Friday").
DEMO := ./build/naba analyze --date 2025-05-16
demo: build
	$(DEMO) -f report $(EXAMPLE)
	$(DEMO) -f entities $(EXAMPLE)
	$(DEMO) -f quotes $(EXAMPLE)
	$(DEMO) -f counts $(EXAMPLE)
	$(DEMO) -f dates $(EXAMPLE)
	$(DEMO) -f events $(EXAMPLE)
	$(DEMO) $(EXAMPLE) > build/example.json
	@echo "the whole document (clean text, offsets, every layer) is in build/example.json"

test: test-unit test-valgrind test-asan test-tsan test-fuzz

test-unit: build
	cd build && ctest --output-on-failure -j $(JOBS)

test-asan: deps
	cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DNABA_SANITIZE=ON >/dev/null
	cmake --build build-asan -j $(JOBS)
	cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure -j $(JOBS)

# The tests that run naba on several threads, under ThreadSanitizer: a report
# stops the program (halt_on_error), so its check fails.
test-tsan: deps
	cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=Debug -DNABA_TSAN=ON >/dev/null
	cmake --build build-tsan -j $(JOBS) --target naba naba-serve
	cd build-tsan && TSAN_OPTIONS=halt_on_error=1 ctest --output-on-failure -R 'cli_jobs|cli_serve'

# Each fuzz target runs briefly from its seed corpus (fuzz/corpus/NAME/).
test-fuzz: deps
	CC=clang cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=Debug -DNABA_FUZZ=ON >/dev/null
	cmake --build build-fuzz -j $(JOBS)
	@for f in build-fuzz/fuzz_*; do \
	  name=$$(basename $$f); mkdir -p build-fuzz/corpus/$$name; \
	  echo "fuzzing $$name for $(FUZZ_SECONDS)s"; \
	  seeds=; [ -d fuzz/corpus/$$name ] && seeds=fuzz/corpus/$$name; \
	  $$f -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -print_final_stats=0 \
	      build-fuzz/corpus/$$name $$seeds 2>build-fuzz/$$name.log \
	    || { tail -50 build-fuzz/$$name.log; exit 1; }; \
	done

test-valgrind: build
	valgrind --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite,indirect -q ./build/naba analyze $(EXAMPLE) >/dev/null
	valgrind --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite,indirect -q ./build/test_serve >/dev/null
	@echo "valgrind: clean on the example article and the server's request handling"

bench: build
	bench/run.sh

clean:
	rm -rf build build-asan build-tsan build-fuzz
