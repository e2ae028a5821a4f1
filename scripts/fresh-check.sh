#!/usr/bin/env bash
# Proves the README's test command on a bare Debian 12: a minimal bookworm root
# (debootstrap --variant=minbase, built once and kept as a pristine tarball
# outside the repository) is unpacked afresh, the committed tree (HEAD) is put
# in it, and ./scripts/test.sh runs there as root inside chroot.
#
# Exit status: 0 passed, 1 failed, 77 skipped. Where this machine cannot do it
# (not root, no debootstrap and it cannot be installed, no reachable Debian
# mirror) it prints "SKIPPED: reason" and exits 77 (1 with FTROI_FRESH_REQUIRED=1).
#
# Environment:
#   FTROI_FRESH_CACHE   cache folder (default ${XDG_CACHE_HOME:-$HOME/.cache}/ftroi-fresh-check):
#                       the pristine root tarball, downloaded .debs, the last log
#   FTROI_FRESH_MIRROR  Debian mirror (default: the host's apt mirror for bookworm,
#                       else http://deb.debian.org/debian)
#   FTROI_FRESH_CCACHE  1 (default): ccache is installed in the root before the
#                       test command and compiles through a cache kept between
#                       runs; 0: a plain build, as a user's would be
#   FTROI_FRESH_KEEP=1  keep the unpacked root afterwards to look around in it
# Delete the cache folder to start again from a new debootstrap.
set -euo pipefail

# In a mount namespace of its own (when it can), the root's mounts go away
# with the script even if it is killed.
if [[ -z "${FTROI_FRESH_NS:-}" ]] && command -v unshare >/dev/null 2>&1 &&
   unshare --mount --propagation private true 2>/dev/null; then
  FTROI_FRESH_NS=1 exec unshare --mount --propagation private -- bash "$0" "$@"
fi
cd "$(dirname "$0")/.."
repo=$PWD
started=$SECONDS

skip() {
  echo "SKIPPED: $1"
  [[ "${FTROI_FRESH_REQUIRED:-}" == "1" ]] && exit 1
  exit 77
}
step() { printf '[fresh-check %4ds] %s\n' $((SECONDS - started)) "$*"; }

# --- What this machine can do ------------------------------------------------
[[ "$(uname -s)" == "Linux" ]] || skip "needs Linux (chroot)"
[[ $(id -u) -eq 0 ]] || skip "needs root (debootstrap, chroot and mounts); run it as root"
command -v git >/dev/null 2>&1 || skip "git is not installed"
commit=$(git -C "$repo" rev-parse --verify HEAD 2>/dev/null) || skip "$repo is not a git checkout with a commit"

cache=${FTROI_FRESH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ftroi-fresh-check}
case "$(realpath -m "$cache")/" in
  "$repo"/*) skip "the cache folder $cache is inside the repository" ;;
esac
mkdir -p "$cache/debs/partial"
cache=$(realpath "$cache")
exec 9>"$cache/lock"
if ! flock -n 9; then
  echo "Another fresh-check is using $cache; waiting for it"
  flock 9
fi
tarball=$cache/bookworm-minbase.tar
root=$cache/root
log=$cache/last-run.log

# The host's Debian sources for bookworm, as "URI SUITE" lines (one-line and deb822 files).
host_sources() {
  local files=()
  [[ -f /etc/apt/sources.list ]] && files+=(/etc/apt/sources.list)
  for f in /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
    [[ -f "$f" ]] && files+=("$f")
  done
  ((${#files[@]})) || return 0
  awk '
    FNR == 1 { flush() }
    function flush() {
      if (types ~ /(^| )deb( |$)/ && comps ~ /(^| )main( |$)/) {
        n = split(uris, u, " "); m = split(suites, s, " ")
        for (i = 1; i <= n; i++) for (j = 1; j <= m; j++) print u[i], s[j]
      }
      types = uris = suites = comps = ""
    }
    FILENAME ~ /\.sources$/ {
      if ($0 ~ /^[ \t]*$/) { flush(); next }
      if ($0 ~ /^#/) next
      key = tolower($1); sub(/^[^:]*:[ \t]*/, "")
      if (key == "types:") types = $0; else if (key == "uris:") uris = $0
      else if (key == "suites:") suites = $0; else if (key == "components:") comps = $0
      next
    }
    $1 == "deb" {
      i = 2; if ($i ~ /^\[/) while (i <= NF && $i !~ /\]$/) i++
      if ($i ~ /\]$/) i++
      for (k = i + 2; k <= NF; k++) if ($k == "main") { print $i, $(i + 1); break }
    }
    END { flush() }
  ' "${files[@]}" | awk '$2 ~ /^bookworm(-updates|-security|\/updates)?$/' | sort -u
}

sources=$(host_sources)
mirror=${FTROI_FRESH_MIRROR:-$(awk '$2 == "bookworm" { print $1; exit }' <<<"$sources")}
mirror=${mirror:-http://deb.debian.org/debian}
mirror=${mirror%/}
if [[ -n "${FTROI_FRESH_MIRROR:-}" || -z "$sources" ]]; then
  sources="$mirror bookworm"$'\n'"$mirror bookworm-updates"
fi
grep -q ' bookworm$' <<<"$sources" || sources="$mirror bookworm"$'\n'"$sources"

# --- The pristine bare root (built once) ---------------------------------------
if [[ ! -f "$tarball" ]]; then
  if ! command -v debootstrap >/dev/null 2>&1; then
    command -v apt-get >/dev/null 2>&1 || skip "debootstrap is not installed (and there is no apt-get to install it)"
    step "installing debootstrap on this machine"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null 2>&1 ||
      { apt-get update -qq >/dev/null 2>&1 &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null 2>&1; } ||
      skip "debootstrap is not installed and apt-get could not install it"
  fi
  if command -v wget >/dev/null 2>&1; then
    wget -q -T 30 -t 2 -O /dev/null "$mirror/dists/bookworm/InRelease" ||
      skip "the Debian mirror $mirror is not reachable"
  fi
  step "debootstrap --variant=minbase bookworm from $mirror (once; cached in $cache)"
  rm -rf --one-file-system "$cache/debootstrap"
  if ! debootstrap --variant=minbase bookworm "$cache/debootstrap" "$mirror" >"$cache/debootstrap.log" 2>&1; then
    tail -n 30 "$cache/debootstrap.log"
    rm -rf --one-file-system "$cache/debootstrap"
    if grep -qiE 'Failed getting release file|Couldn.t download|unable to resolve|connection refused|timed out' "$cache/debootstrap.log"; then
      skip "debootstrap could not download from $mirror"
    fi
    echo "FAIL: debootstrap failed (log: $cache/debootstrap.log)"
    exit 1
  fi
  rm -f "$cache/debootstrap/var/cache/apt/archives/"*.deb
  tar --numeric-owner -C "$cache/debootstrap" -cf "$tarball.tmp" .
  mv "$tarball.tmp" "$tarball"
  rm -rf --one-file-system "$cache/debootstrap"
  step "bare root cached: $(du -h "$tarball" | cut -f1) $tarball"
fi

# --- A fresh copy of it, with the committed tree ------------------------------
mounted_under() { awk -v r="$1" '$5 == r || index($5, r "/") == 1 { print $5 }' /proc/self/mountinfo; }
teardown() {
  local pid
  [[ -d "$root" ]] || return 0
  for pid in /proc/[0-9]*; do   # processes this script left in the chroot
    if [[ "$(readlink "$pid/root" 2>/dev/null)" == "$root" ]]; then
      kill -KILL "${pid#/proc/}" 2>/dev/null || true
    fi
  done
  mounted_under "$root" | sort -r | while read -r m; do
    umount "$m" 2>/dev/null || umount -l "$m"
  done
  if [[ -n "$(mounted_under "$root")" ]]; then
    echo "WARNING: still mounted under $root; left in place" >&2
    return 0
  fi
  [[ "${FTROI_FRESH_KEEP:-}" == "1" && "${1:-}" == "end" ]] && { echo "Kept: $root"; return 0; }
  rm -rf --one-file-system "$root"
}
teardown   # a root left by an interrupted run
trap 'teardown end' EXIT
trap 'exit 130' INT TERM

step "unpacking a pristine bare root"
mkdir "$root"
tar --numeric-owner -C "$root" -xpf "$tarball"
cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
awk '{ print "deb", $1, $2, "main" }' <<<"$sources" >"$root/etc/apt/sources.list"
rm -f "$root/etc/apt/sources.list.d/"*
apt-config dump 2>/dev/null | grep -Ei '^Acquire::https?::Proxy ' >"$root/etc/apt/apt.conf.d/01proxy" || rm -f "$root/etc/apt/apt.conf.d/01proxy"

mount -t proc proc "$root/proc" || skip "cannot mount /proc in the root (no permission to mount here)"
mount -t sysfs -o ro sysfs "$root/sys"
mount --bind /dev "$root/dev" && mount --make-private "$root/dev"
mount --bind /dev/pts "$root/dev/pts" && mount --make-private "$root/dev/pts"
# Downloaded packages are kept between runs (nothing is installed from them
# until the README's commands ask apt for it).
mount --bind "$cache/debs" "$root/var/cache/apt/archives" && mount --make-private "$root/var/cache/apt/archives"
# A throw-away root: dpkg need not sync every file it unpacks.
echo force-unsafe-io >"$root/etc/dpkg/dpkg.cfg.d/ftroi-fresh-check"

mkdir "$root/root/ftroi"
git -C "$repo" archive --format=tar "$commit" | tar -x -C "$root/root/ftroi"
step "commit $(git -C "$repo" log -1 --format='%h %s' "$commit" | cut -c1-100)"
step "sources: $(tr '\n' ';' <"$root/etc/apt/sources.list")"

root_env=(HOME=/root TERM=dumb PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin)
[[ -n "${http_proxy:-}" ]] && root_env+=("http_proxy=$http_proxy")
[[ -n "${https_proxy:-}" ]] && root_env+=("https_proxy=$https_proxy")
in_root() { chroot "$root" /usr/bin/env -i "${root_env[@]}" /bin/bash -c "$1"; }
# apt-get update exits 0 when it cannot download: ask for a package's index entry too.
if ! in_root 'apt-get update -qq && apt-cache show cmake >/dev/null' >"$log" 2>&1; then
  cat "$log"
  skip "apt-get in the bare root cannot download package lists from $(awk '{ print $1; exit }' <<<"$sources")"
fi
packages_before=$(in_root "dpkg-query -W -f='\${Status}\n' | grep -c 'install ok installed'")
use_ccache=${FTROI_FRESH_CCACHE:-1}
if [[ "$use_ccache" == "1" ]]; then
  # The compiler results of earlier runs: the test command is unchanged, only
  # compiling what did not change is skipped (CMake reads the launcher variables).
  mkdir -p "$cache/ccache" "$root/var/cache/ccache"
  mount --bind "$cache/ccache" "$root/var/cache/ccache" && mount --make-private "$root/var/cache/ccache"
  in_root 'DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ccache' >>"$log" 2>&1 ||
    { cat "$log"; echo "FAIL: could not install ccache in the root (FTROI_FRESH_CCACHE=0 builds without it)"; exit 1; }
  # The sloppiness lets ccache cache the compiles that use precompiled headers (most of them).
  root_env+=(CCACHE_DIR=/var/cache/ccache CCACHE_MAXSIZE=2G CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime CMAKE_C_COMPILER_LAUNCHER=ccache CMAKE_CXX_COMPILER_LAUNCHER=ccache)
  in_root 'ccache -z' >/dev/null
  step "ccache installed in the root first; its cache is kept in $cache/ccache (FTROI_FRESH_CCACHE=0: without it)"
fi
debs_before=$(cd "$cache/debs" && find . -maxdepth 1 -name '*.deb' | sort)

# --- The README's test command, in the bare root ------------------------------
step "running ./scripts/test.sh in the bare root (log: $log)"
run_started=$SECONDS
set +e
in_root 'cd /root/ftroi && ./scripts/test.sh' 2>&1 |
  while IFS= read -r line || [[ -n "$line" ]]; do printf '[%4ds] %s\n' $((SECONDS - run_started)) "$line"; done |
  tee "$log"
status=${PIPESTATUS[0]}
set -e
run_time=$((SECONDS - run_started))

packages_after=$(in_root "dpkg-query -W -f='\${Status}\n' | grep -c 'install ok installed'")
new=$(cd "$cache/debs" && comm -13 <(printf '%s\n' "$debs_before") <(find . -maxdepth 1 -name '*.deb' | sort) | grep . || true)
new_debs=$(grep -c . <<<"$new" || true)
new_size=$(cd "$cache/debs" && [[ -n "$new" ]] && du -cb $new | tail -n 1 | awk '{ printf "%.0f", $1 / 1048576 }' || echo 0)
if ((status == 0)); then
  in_root 'apt-get autoclean -qq' >/dev/null 2>&1 || true   # drop cached .debs the mirror no longer has
fi

echo "--- ctest summary (bare root) ---"
sed -n '/tests passed\|tests failed out of/,$p' "$log"
step "packages installed: $packages_before bare, $packages_after after ($((packages_after - packages_before)) added, ccache included when used)"
step "downloaded: $new_debs .debs, ${new_size} MB ($(grep -c . <<<"$debs_before" || true) .debs were already cached)"
[[ "$use_ccache" == "1" ]] && step "ccache: $(in_root 'ccache -s' | grep -m1 -E '^ *Hits:' | tr -s ' ' | sed 's/^ //')"
step "test.sh took ${run_time}s in the bare root"
if ((status != 0)); then
  echo "FAIL: ./scripts/test.sh exited $status in a bare Debian 12 (commit ${commit:0:12}; full log: $log)"
  exit 1
fi
echo "PASS: ./scripts/test.sh in a bare Debian 12 (commit ${commit:0:12}) in $((SECONDS - started))s"
