# The two commands: `make run` and `make test`. Both install what is missing (Debian 12),
# configure with CMake + Ninja, and build; they are quick when nothing changed.

BUILD_DIR ?= build
JOBS      ?= $(shell nproc)
SUDO      := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Debian 12 packages the build, the tests and the app need.
PACKAGES := cmake ninja-build g++ pkg-config \
	qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev \
	qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n \
	qt6-qpa-plugins qt6-image-formats-plugins libgl-dev \
	qtkeychain-qt6-dev libmd4c-dev libmd4c-html0-dev libssl-dev libsource-highlight-dev \
	fonts-dejavu-core fonts-wqy-microhei python3 python3-jsonschema xvfb xauth \
	dbus dbus-daemon dbus-session-bus-common gnome-keyring desktop-file-utils appstream dpkg-dev ccache wrk

# ccache makes rebuilds (and the clean-clone check's second build) cheap; paths are taken relative
# to the checkout so a clone inside the build folder hits the same cache.
CCACHE := $(shell command -v ccache 2>/dev/null)
export CCACHE_BASEDIR ?= $(CURDIR)
export CCACHE_NOHASHDIR ?= 1
CMAKE_FLAGS := -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo $(if $(CCACHE),-DCMAKE_CXX_COMPILER_LAUNCHER=$(CCACHE))

# The checking build (build-asan, clang): the library, the server, the tests and the fuzz targets with
# ASan + UBSan. -O1 keeps the build and the run short while the reports keep their line numbers.
ASAN_BUILD_DIR ?= build-asan
SANITIZE_PACKAGES := clang-14 libclang-rt-14-dev llvm-14
ASAN_CMAKE_FLAGS := -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" \
	-DCMAKE_CXX_COMPILER=clang++-14 -DAIVIZOR_SANITIZE=ON -DAIVIZOR_FUZZ=ON \
	$(if $(CCACHE),-DCMAKE_CXX_COMPILER_LAUNCHER=$(CCACHE))
# A finding in any process (a test, the server it starts, a helper it kills) is written to a log
# under the build folder and fails the target; leaks count, reported at exit (none needed a
# suppression so far). A 16 MB quarantine (256 by default) keeps freed memory from counting
# against the tests that bound a process's peak RSS (tst_server_limits).
SANITIZER_LOGS = $(CURDIR)/$(ASAN_BUILD_DIR)/sanitizer-logs
SANITIZER_ENV = ASAN_OPTIONS=log_path=$(SANITIZER_LOGS)/asan:quarantine_size_mb=16:strict_string_checks=1:check_initialization_order=1:detect_leaks=1 \
	UBSAN_OPTIONS=log_path=$(SANITIZER_LOGS)/ubsan:print_stacktrace=1:halt_on_error=1 \
	ASAN_SYMBOLIZER_PATH=$$(command -v llvm-symbolizer-14)
# Seconds each fuzz target runs in `make fuzz`.
FUZZ_SECONDS ?= 60

.PHONY: all deps build test test-clean-clone package-check deps-sanitize build-sanitize test-sanitize fuzz fuzz-seeds run bench clean

all: build

deps:
	@missing=$$(for p in $(PACKAGES); do \
		dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; \
	done); \
	if [ -n "$$missing" ]; then \
		echo "Installing missing packages:" $$missing; \
		$(SUDO) apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $$missing; \
	fi

$(BUILD_DIR)/build.ninja: | deps
	cmake -S . -B $(BUILD_DIR) $(CMAKE_FLAGS)

build: deps $(BUILD_DIR)/build.ninja
	cmake --build $(BUILD_DIR) -j $(JOBS)

test: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS) --timeout 300

# A clone of the committed tree alone (no reference folder beside it) must pass its tests: the ones
# that read real Discourse payloads skip with a reason.
test-clean-clone: deps
	rm -rf $(BUILD_DIR)/clean-clone && mkdir -p $(BUILD_DIR)/clean-clone
	git clone --quiet --no-hardlinks . $(BUILD_DIR)/clean-clone/aivizor
	$(MAKE) -C $(BUILD_DIR)/clean-clone/aivizor test

# Builds the .deb, installs it with apt and takes a screenshot of the demo with the installed app.
package-check: build
	packaging/check-deb.sh $(BUILD_DIR)

deps-sanitize: deps
	@$(MAKE) --no-print-directory deps PACKAGES="$(SANITIZE_PACKAGES)"

$(ASAN_BUILD_DIR)/build.ninja: | deps-sanitize
	cmake -S . -B $(ASAN_BUILD_DIR) $(ASAN_CMAKE_FLAGS)

build-sanitize: deps-sanitize $(ASAN_BUILD_DIR)/build.ninja
	cmake --build $(ASAN_BUILD_DIR) -j $(JOBS)

# The tests under ASan + UBSan (offscreen; the widget tests are not in this build).
test-sanitize: build-sanitize
	rm -rf $(SANITIZER_LOGS) && mkdir -p $(SANITIZER_LOGS)
	cd $(ASAN_BUILD_DIR) && $(SANITIZER_ENV) QT_QPA_PLATFORM=offscreen \
		ctest --output-on-failure -j $(JOBS) --timeout 600
	@if [ -n "$$(ls -A $(SANITIZER_LOGS))" ]; then \
		cat $(SANITIZER_LOGS)/*; echo "Sanitizer findings above (logs in $(SANITIZER_LOGS))"; exit 1; \
	fi

# Each fuzz target for FUZZ_SECONDS from its seed corpus (fuzz/corpus/<target>); a finding stops the
# target, leaves crash-* in $(ASAN_BUILD_DIR)/fuzz/findings and fails.
fuzz: build-sanitize
	fuzz/run.sh $(ASAN_BUILD_DIR) $(FUZZ_SECONDS)

# Each fuzz target over its seed corpus once: the same inputs every run, so CI can rely on it.
fuzz-seeds: build-sanitize
	fuzz/run.sh $(ASAN_BUILD_DIR) 0

# Opens the app on the demo community; without a display it saves a screenshot instead.
run: build
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
		$(BUILD_DIR)/app/aivizor --demo; \
	else \
		shot=$$(pwd)/$(BUILD_DIR)/aivizor-screenshot.png; \
		QT_QPA_PLATFORM=offscreen $(BUILD_DIR)/app/aivizor --demo --screenshot "$$shot" && \
		echo "No display: saved a screenshot of the app to $$shot"; \
	fi

bench: build
	bench/run-all.sh $(BUILD_DIR)

clean:
	rm -rf $(BUILD_DIR)
