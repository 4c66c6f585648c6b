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

.PHONY: all deps build test test-clean-clone package-check run bench clean

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
