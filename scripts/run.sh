#!/usr/bin/env bash
# Runs the whole federation (every registry subgraph and the gateway) with the launcher; `bash scripts/run.sh --help` lists its options.
cd "$(dirname "${BASH_SOURCE[0]}")/.." && exec dotnet run --project gateway/Launcher -- "$@"
