#!/usr/bin/env bash
# Sets up a fresh Debian (12 or newer) machine to build and run callcoach, then starts the app.
# Installs: a C toolchain and pkg-config (some crates build C), the libraries a window needs
# (X11, xkbcommon, Vulkan with Mesa's software and hardware drivers), and Rust via rustup
# when cargo is missing. Run it from the repository root; pass app options after `--`,
# e.g. `./scripts/setup-debian.sh -- --data-dir /srv/cohort`.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

packages=(build-essential pkg-config curl ca-certificates
          libx11-6 libxcursor1 libxrandr2 libxi6 libx11-xcb1 libxkbcommon0 libxkbcommon-x11-0
          libvulkan1 mesa-vulkan-drivers
          espeak-ng)  # the debtor's synthesised voice (docs/voice.md)
# Screen readers (Orca) reach the app through the AT-SPI bus; the accessibility run reads it
# with pyatspi and drives the mouse with xdotool (docs/accessibility.md).
packages+=(at-spi2-core dbus dbus-bin libglib2.0-bin python3-pyatspi xdotool x11-apps netpbm)
# The end-to-end run renders a certificate's PDF page to look at (docs/certificates.md).
packages+=(poppler-utils)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  $SUDO apt-get update
  $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi

if ! command -v cargo >/dev/null 2>&1; then
  if [ -x "$HOME/.cargo/bin/cargo" ]; then
    export PATH="$HOME/.cargo/bin:$PATH"
  else
    echo "Installing Rust (rustup, toolchain 1.95)"
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --default-toolchain 1.95 --profile minimal --component rustfmt,clippy
    export PATH="$HOME/.cargo/bin:$PATH"
  fi
fi

shift_args=()
if [ "${1:-}" = "--" ]; then shift; shift_args=("$@"); fi
cargo build --release
exec ./target/release/callcoach "${shift_args[@]}"
