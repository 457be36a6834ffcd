#!/bin/sh
# Browser tests drive Debian's Chromium; install it from apt when it is missing. Never downloads a
# browser any other way.
set -eu
if [ -x /usr/bin/chromium ]; then exit 0; fi
echo "Installing Debian's chromium package (the browser tests and Lighthouse drive it)..."
SUDO=''
if [ "$(id -u)" -ne 0 ]; then SUDO='sudo'; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
/usr/bin/chromium --version
