#!/usr/bin/env bash
# tst_packaging: validates the desktop entry, the AppStream metadata and the
# MIME type, then builds the Debian package with CPack from what is already
# built (installed into a temporary folder first, so the test never rebuilds
# the tree) and checks its contents and control fields.
#
# Usage: tst_packaging.sh BUILD_DIR SOURCE_DIR VERSION CMAKE CPACK FTROI FTROI_CLI
# Exit status: 0 passed, 1 failed, 77 skipped (a required tool is missing).
set -u

if [ $# -ne 7 ]; then
    echo "usage: $0 BUILD_DIR SOURCE_DIR VERSION CMAKE CPACK FTROI FTROI_CLI" >&2
    exit 1
fi
build=$1 source=$2 version=$3 cmake=$4 cpack=$5 app=$6 cli=$7
id=org.ftroi.FineTuningROIStudio
packaging=$source/packaging

skip() { echo "SKIP: $1"; exit 77; }
failures=0
fail() { echo "FAIL: $1"; failures=$((failures + 1)); }
pass() { echo "PASS: $1"; }

# --- Tools -------------------------------------------------------------------
command -v "$cmake" >/dev/null 2>&1 || skip "cmake not installed"
command -v "$cpack" >/dev/null 2>&1 || skip "cpack not installed"
for tool in desktop-file-validate appstreamcli dpkg-deb; do
    command -v "$tool" >/dev/null 2>&1 || skip "$tool not installed"
done
command -v dpkg-shlibdeps >/dev/null 2>&1 || skip "dpkg-shlibdeps not installed (package dpkg-dev)"

for exe in "$app" "$cli"; do
    if [ ! -x "$exe" ]; then
        echo "FAIL: $exe is not built (build the ftroi and ftroi-cli targets first)"
        exit 1
    fi
done
[ -f "$build/CPackConfig.cmake" ] || { echo "FAIL: $build/CPackConfig.cmake missing"; exit 1; }

# --- Desktop entry -----------------------------------------------------------
desktop=$packaging/$id.desktop
echo "desktop-file-validate $desktop"
if output=$(desktop-file-validate "$desktop" 2>&1); then
    [ -n "$output" ] && echo "$output"
    pass "desktop-file-validate"
else
    echo "$output"
    fail "desktop-file-validate reported errors"
fi
# The entry must match what the app announces (setDesktopFileName) and installs.
grep -qx "Exec=ftroi %f" "$desktop" || fail "desktop entry: Exec is not 'ftroi %f'"
grep -qx "Icon=$id" "$desktop" || fail "desktop entry: Icon is not $id"
grep -Eq "^MimeType=(.*;)?application/x-ftroi;" "$desktop" || fail "desktop entry: MimeType lacks application/x-ftroi"
grep -q "setDesktopFileName(QStringLiteral(\"$id\"))" "$source/app/gui/main.cpp" ||
    fail "app/gui/main.cpp does not set the desktop file name $id"

# --- AppStream metadata ------------------------------------------------------
metainfo=$packaging/$id.metainfo.xml
echo "appstreamcli validate --no-net $metainfo"
if output=$(appstreamcli validate --no-net "$metainfo" 2>&1); then
    echo "$output"
    pass "appstreamcli validate"
else
    echo "$output"
    fail "appstreamcli validate reported errors or warnings"
fi
grep -q "<id>$id</id>" "$metainfo" || fail "metainfo: id is not $id"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" ||
    fail "metainfo: launchable is not $id.desktop"
first_release=$(grep -m1 -o '<release [^>]*version="[^"]*"' "$metainfo" | sed 's/.*version="\([^"]*\)"/\1/')
[ "$first_release" = "$version" ] ||
    fail "metainfo: newest release is '$first_release', the project version is $version (add release notes)"

# --- MIME type ---------------------------------------------------------------
mime=$packaging/$id.mime.xml
if command -v xmllint >/dev/null 2>&1; then
    xml_check=(xmllint --noout "$mime")
elif command -v python3 >/dev/null 2>&1; then
    xml_check=(python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' "$mime")
else
    skip "xmllint and python3 not installed"
fi
if "${xml_check[@]}"; then
    pass "MIME XML well-formed (${xml_check[0]})"
else
    fail "MIME XML is not well-formed"
fi
grep -q '<mime-type type="application/x-ftroi">' "$mime" || fail "MIME XML: no application/x-ftroi type"
grep -q '<glob pattern="\*.ftroi"/>' "$mime" || fail "MIME XML: no *.ftroi glob"

# --- Debian package ----------------------------------------------------------
tmp=$(mktemp -d "${TMPDIR:-/tmp}/tst_packaging.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# `cpack` in the build folder would first build every out-of-date target (the
# preinstall step); here the built files are installed into a staging folder
# and CPack packages that folder with the project's own CPackConfig.cmake.
prefix=$(sed -n 's/^set(CPACK_PACKAGING_INSTALL_PREFIX "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
[ "$prefix" = "/usr" ] || fail "CPACK_PACKAGING_INSTALL_PREFIX is '$prefix', not /usr"
prefix=${prefix:-/usr}
echo "$cmake --install $build --prefix $tmp/stage$prefix --strip"
if ! "$cmake" --install "$build" --prefix "$tmp/stage$prefix" --strip >"$tmp/install.log" 2>&1; then
    cat "$tmp/install.log"
    fail "cmake --install failed"
    echo "$failures check(s) failed"
    exit 1
fi
cat >"$tmp/CPackStaged.cmake" <<EOF
include("$build/CPackConfig.cmake")
set(CPACK_INSTALL_CMAKE_PROJECTS "")
set(CPACK_INSTALLED_DIRECTORIES "$tmp/stage;/")
EOF
echo "$cpack -G DEB -B $tmp/out --config $tmp/CPackStaged.cmake"
if ! "$cpack" -G DEB -B "$tmp/out" --config "$tmp/CPackStaged.cmake" >"$tmp/cpack.log" 2>&1; then
    cat "$tmp/cpack.log"
    fail "cpack -G DEB failed"
    echo "$failures check(s) failed"
    exit 1
fi
debs=("$tmp"/out/ftroi_"$version"_*.deb)
if [ ! -f "${debs[0]}" ]; then
    cat "$tmp/cpack.log"
    ls -la "$tmp/out"
    fail "no ftroi_${version}_<arch>.deb produced"
    echo "$failures check(s) failed"
    exit 1
fi
deb=${debs[0]}
pass "cpack produced $(basename "$deb")"

contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for path in \
    ./usr/bin/ftroi \
    ./usr/bin/ftroi-cli \
    ./usr/share/applications/$id.desktop \
    ./usr/share/metainfo/$id.metainfo.xml \
    ./usr/share/mime/packages/$id.xml \
    ./usr/share/icons/hicolor/scalable/apps/$id.svg \
    ./usr/share/icons/hicolor/scalable/mimetypes/application-x-ftroi.svg \
    ./usr/share/icons/hicolor/16x16/apps/$id.png \
    ./usr/share/icons/hicolor/48x48/apps/$id.png \
    ./usr/share/icons/hicolor/256x256/apps/$id.png \
    ./usr/share/ftroi/examples/starter.ftroi; do
    grep -qxF "$path" <<<"$contents" || fail "package lacks $path"
done
# Only the two programs are installed (no tests, no benchmark).
extra=$(grep '^\./usr/bin/.' <<<"$contents" | grep -vxE '\./usr/bin/(ftroi|ftroi-cli)')
[ -z "$extra" ] || fail "unexpected files in /usr/bin: $extra"
# Nothing outside /usr.
outside=$(grep -vE '^\./(usr(/.*)?)?$' <<<"$contents")
[ -z "$outside" ] || fail "files outside /usr: $outside"
pass "package contents checked ($(wc -l <<<"$contents") entries)"

field() { dpkg-deb -f "$deb" "$1"; }
echo "Package: $(field Package)"
echo "Version: $(field Version)"
echo "Depends: $(field Depends)"
[ "$(field Package)" = "ftroi" ] || fail "Package is not ftroi"
[ "$(field Version)" = "$version" ] || fail "Version is not $version"
field Depends | grep -q "libqt6" || fail "Depends does not mention libqt6 (dpkg-shlibdeps)"
field Depends | grep -q "libqt6charts6" || fail "Depends does not mention libqt6charts6"
field Depends | grep -q "libxlsxwriter" || fail "Depends does not mention libxlsxwriter (the workbook)"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -n "$(field Homepage)" ] || fail "no Homepage"
[ -n "$(field Section)" ] || fail "no Section"
[ "$(field Description | wc -l)" -ge 3 ] || fail "Description has no long description"

# The packaged programs run and the packaged files are the validated ones.
root=$tmp/root
dpkg-deb -x "$deb" "$root"
cmp -s "$root/usr/share/applications/$id.desktop" "$desktop" || fail "packaged desktop entry differs from $desktop"
cmp -s "$root/usr/share/metainfo/$id.metainfo.xml" "$metainfo" || fail "packaged metainfo differs from $metainfo"
# The installed tree as a software centre sees it (metainfo, desktop entry, icon).
if output=$(appstreamcli validate-tree --no-net "$root" 2>&1); then
    pass "appstreamcli validate-tree of the package"
else
    echo "$output"
    fail "appstreamcli validate-tree reported errors or warnings"
fi
cli_version=$("$root/usr/bin/ftroi-cli" --version 2>&1)
grep -qF "$version" <<<"$cli_version" || fail "packaged ftroi-cli --version printed '$cli_version'"
app_version=$(QT_QPA_PLATFORM=offscreen timeout 20 "$root/usr/bin/ftroi" --version 2>&1)
grep -qF "$version" <<<"$app_version" || fail "packaged ftroi --version printed '$app_version'"
if command -v file >/dev/null 2>&1; then
    for size in 16 32 48 64 128 256; do
        png=$root/usr/share/icons/hicolor/${size}x${size}/apps/$id.png
        file -b "$png" | grep -q "PNG image data, $size x $size" || fail "$png is not a ${size}x${size} PNG"
    done
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "All packaging checks passed"
exit 0
