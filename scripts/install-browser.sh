#!/usr/bin/env bash
# Debian's Chromium and ChromeDriver, for the test that drives Label Studio's web page.
# No browser can be downloaded by a test tool here; the distribution's packages are used instead.
set -euo pipefail
if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
