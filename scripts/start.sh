#!/usr/bin/env bash
# Set up and start the dashboard on the embedded data: http://localhost:8501
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python -m pantau_zi.server "$@"
