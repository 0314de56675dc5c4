#!/usr/bin/env bash
# Checks the HTML review page as a reviewer would use it, in headless Chromium:
# renders the example article's report, saves a screenshot, accepts two findings (one
# with its second suggestion), rejects one, downloads the review, runs `enmienda apply`
# on the download and compares the corrected article with what those decisions mean.
# Installs Debian's chromium and chromium-driver and PyPI's selenium when missing.
#
#   bash Tests/Browser/review-page.sh      # screenshot: .build/browser/review.png
set -euo pipefail
cd "$(dirname "$0")/../.."
bash .ci/setup

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
if [ ${#missing[@]} -gt 0 ]; then
  echo "review-page: installing ${missing[*]}…" >&2
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >&2
fi
python3 -c "import selenium" 2>/dev/null || python3 -m pip install -q selenium >&2

swift build --product enmienda >&2
binary=$(swift build --show-bin-path)/enmienda
work=.build/browser
rm -rf "$work" && mkdir -p "$work/downloads"
"$binary" check --format html -o "$work/review.html" examples/kim-lavrov.es.txt || [ $? -eq 1 ]
# The rejected finding is remembered by `apply`; keep that in the work directory.
ENMIENDA_SUPPRESSIONS="$work/suppressions.txt" python3 Tests/Browser/review_page.py "$binary" "$work"
