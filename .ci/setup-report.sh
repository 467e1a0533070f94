#!/usr/bin/env bash
# Installs the third-party tools the report tests drive (tests/report_browser.rs and
# tests/report_consumers.rs): headless Chromium for the HTML report, OmegaT for the TMX,
# and the Python readers of the machine formats. Those tests fail, naming this script, when a tool is missing.
set -euo pipefail

# chromium loads the HTML report; omegat (a CAT tool, run headless) uses the TMX.
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v omegat >/dev/null 2>&1 || missing+=(omegat)
if ((${#missing[@]})); then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# jsonschema validates SARIF against the vendored official schema (fixtures/schemas/);
# junitparser reads the JUnit XML; translate-toolkit reads the TMX.
if ! python3 -c "import jsonschema, junitparser, translate.storage.tmx" >/dev/null 2>&1; then
    python3 -m pip install --quiet --disable-pip-version-check \
        "jsonschema>=4" "junitparser>=3" "translate-toolkit>=3.10"
fi

chromium --version 2>/dev/null
python3 -c "import importlib.metadata as m; print(*(f'{p} {m.version(p)}' for p in ['jsonschema', 'junitparser', 'translate-toolkit']), sep='\n')"
