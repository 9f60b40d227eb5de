{{/* Chart name, overridable. */}}
{{- define "sluice.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Release-scoped name: "<release>" when it already contains the chart name, else "<release>-sluice". */}}
{{- define "sluice.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/* One component's object name, e.g. "sluice-workflow". Takes (dict "root" $ "name" "workflow"). */}}
{{- define "sluice.componentName" -}}
{{- printf "%s-%s" (include "sluice.fullname" .root) .name | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "sluice.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Selector labels of a component. Takes (dict "root" $ "name" "workflow"). */}}
{{- define "sluice.selectorLabels" -}}
app.kubernetes.io/name: {{ include "sluice.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .name }}
{{- end }}

{{/* All labels of a component. Takes (dict "root" $ "name" "workflow"). */}}
{{- define "sluice.labels" -}}
helm.sh/chart: {{ include "sluice.chart" .root }}
{{ include "sluice.selectorLabels" . }}
app.kubernetes.io/part-of: sluice
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
{{- end }}

{{- define "sluice.image" -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}

{{/* The Secret holding DATABASE_URL and NATS_URL. */}}
{{- define "sluice.secretName" -}}
{{- default (printf "%s-connections" (include "sluice.fullname" .)) .Values.existingSecret }}
{{- end }}

{{/* The gRPC address of a service for the others, e.g. "sluice-workflow:50051". Takes (dict "root" $ "name" "workflow"). */}}
{{- define "sluice.grpcAddr" -}}
{{- $svc := index .root.Values.services .name }}
{{- printf "%s:%d" (include "sluice.componentName" .) (int $svc.grpcPort) }}
{{- end }}

{{/*
Environment shared by every container. Takes (dict "root" $ "name" "workflow").
Configuration is validated by each service at start-up; a bad value stops it with one line naming the variable.
*/}}
{{- define "sluice.commonEnv" -}}
- name: SLUICE_SERVICE
  value: {{ .name | quote }}
- name: SLUICE_SERVICE_NAME
  value: {{ .name | quote }}
- name: SLUICE_HOST
  value: "0.0.0.0"
- name: LOG_LEVEL
  value: {{ .root.Values.logLevel | quote }}
- name: SLUICE_SUBJECT_PREFIX
  value: {{ .root.Values.subjectPrefix | quote }}
- name: DATABASE_URL
  valueFrom:
    secretKeyRef:
      name: {{ include "sluice.secretName" .root }}
      key: DATABASE_URL
- name: NATS_URL
  valueFrom:
    secretKeyRef:
      name: {{ include "sluice.secretName" .root }}
      key: NATS_URL
{{- with .root.Values.otel.endpoint }}
- name: OTEL_EXPORTER_OTLP_ENDPOINT
  value: {{ . | quote }}
- name: OTEL_EXPORTER_OTLP_PROTOCOL
  value: {{ $.root.Values.otel.protocol | quote }}
{{- end }}
- name: POD_NAME
  valueFrom:
    fieldRef:
      fieldPath: metadata.name
- name: OTEL_RESOURCE_ATTRIBUTES
  value: {{ printf "service.instance.id=$(POD_NAME),k8s.pod.name=$(POD_NAME),k8s.namespace.name=%s" .root.Release.Namespace | quote }}
{{- with .root.Values.extraEnv }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/* Pod-level fields shared by every Deployment. */}}
{{- define "sluice.podSpecCommon" -}}
{{- with .Values.imagePullSecrets }}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end }}
# Off: Kubernetes would otherwise add SLUICE_GATEWAY_PORT=tcp://… and the like for every Service
# named sluice-*, which collide with the services' own SLUICE_* configuration.
enableServiceLinks: false
automountServiceAccountToken: false
terminationGracePeriodSeconds: {{ .Values.terminationGracePeriodSeconds }}
securityContext:
  {{- toYaml .Values.podSecurityContext | nindent 2 }}
{{- with .Values.nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .Values.tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .Values.affinity }}
affinity:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end }}

{{/* Pod annotations: user's, Prometheus scrape, and a checksum that rolls pods when the chart's Secret changes. Takes (dict "root" $ "port" 8081). */}}
{{- define "sluice.podAnnotations" -}}
{{- if not .root.Values.existingSecret }}
checksum/connections: {{ include (print .root.Template.BasePath "/secret.yaml") .root | sha256sum }}
{{- end }}
{{- if and .root.Values.metrics.podAnnotations .port }}
prometheus.io/scrape: "true"
prometheus.io/port: {{ .port | quote }}
prometheus.io/path: /metrics
{{- end }}
{{- with .root.Values.podAnnotations }}
{{ toYaml . }}
{{- end }}
{{- end }}
