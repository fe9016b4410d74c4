#!/bin/sh
# The floor of `kep-gate gates`: only reading the files the audit reads, nothing else. Lists the
# folders as the audit must (the gate pages of every language, every kep.yaml under keps/) and
# cats them. With --list, prints the files instead.
#
#   sh bench/gates-floor.sh KUBERNETES_DIR WEBSITE_DIR ENHANCEMENTS_DIR [--list]
set -eu
kubernetes=$1 website=$2 enhancements=$3
run=cat
[ "${4:-}" = --list ] && run=ls
files() {
  $run "$kubernetes/pkg/features/kube_features.go" \
    "$kubernetes/test/compatibility_lifecycle/reference/versioned_feature_list.yaml"
  find "$website/content" -path '*/docs/reference/command-line-tools-reference/feature-gates/*.md' ! -name _index.md \
    -exec $run {} +
  find "$enhancements/keps" -name kep.yaml -exec $run {} +
}
if [ "$run" = cat ]; then files > /dev/null; else files; fi
