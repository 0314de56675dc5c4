#!/usr/bin/env bash
# Checks the HTML review page as a reviewer would use it, in headless Chromium:
# renders the example article's report, saves a screenshot, accepts two findings (one
# with its second suggestion), rejects one, downloads the review, runs `enmienda apply`
# on the download and compares the corrected article with what those decisions mean;
# then does the same on two articles with a hostile name, CRLFs, a byte-order mark and a
# tab, one correction typed with XML's special characters. Every review the page's script
# writes is validated with xmllint against glossaries/corrections.xsd, the schema the
# library's own writer is tested against. CI runs it (.ci/run); `bash .ci/setup tests`
# installs what it needs (Debian's chromium and chromium-driver, PyPI's selenium).
#
#   bash Tests/Browser/review-page.sh      # screenshot: .build/browser/review.png
set -euo pipefail
cd "$(dirname "$0")/../.."
bash .ci/setup tests

swift build --product enmienda >&2
binary=$(swift build --show-bin-path)/enmienda
work=.build/browser
rm -rf "$work" && mkdir -p "$work/downloads"
"$binary" check --format html -o "$work/review.html" examples/kim-lavrov.es.txt || [ $? -eq 1 ]
# The rejected finding is remembered by `apply`; keep that in the work directory.
ENMIENDA_SUPPRESSIONS="$PWD/$work/suppressions.txt" python3 Tests/Browser/review_page.py "$binary" "$work"
