# Sourced by the benchmark scripts: `install_packages NAME PACKAGE...` installs the Debian
# packages that are missing, saying which (with sudo when not root).
install_packages() {
  local name=$1; shift
  local missing=() package sudo=""
  for package in "$@"; do dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package"); done
  [ ${#missing[@]} -gt 0 ] || return 0
  echo "$name: installing ${missing[*]}…" >&2
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >&2
}
