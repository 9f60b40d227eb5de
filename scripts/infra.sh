# placeholder; replaced by the infra helper
ensure_infra() { :; }
