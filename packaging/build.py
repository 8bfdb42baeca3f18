"""Build lpj-desktop for this OS: bundle, frozen self-test, installer, optional signing.

    python packaging/build.py                 # Windows → dist/lpj-desktop-X-setup.exe
                                              # macOS   → dist/lpj-desktop-X.dmg
                                              # Linux   → dist/lpj-desktop-X-linux-x86_64.tar.gz
    python packaging/build.py --bundle-only   # just dist/lpj-desktop (+ .app) and the self-test

Needs the build extra (`pip install -e '.[build]'`); on Windows Inno Setup 6 (`iscc` on PATH, or
ISCC=path\\to\\ISCC.exe). Signing runs only when its environment variables are set; see
docs/building.md. Prints what it made, with sizes and the self-test's start-up time.
"""

from __future__ import annotations

import argparse
import base64
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUNDLE = DIST / "lpj-desktop"
APP = DIST / "lpj-desktop.app"
TIMESTAMP_URL = os.environ.get("WINDOWS_TIMESTAMP_URL", "http://timestamp.digicert.com")


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def run(cmd: list[str], **kwargs: object) -> None:
    print("$", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run(cmd, check=True, **kwargs)  # type: ignore[call-overload]


def size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6


def build_bundle() -> None:
    run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "build.spec"], cwd=ROOT)


def frozen_executable() -> Path:
    if sys.platform == "darwin":
        return APP / "Contents" / "MacOS" / "lpj-desktop"
    return BUNDLE / ("lpj-desktop.exe" if sys.platform == "win32" else "lpj-desktop")


def self_test() -> str:
    """Run the frozen `--self-test` in a clean temp folder; return its report or exit on failure."""
    with tempfile.TemporaryDirectory(prefix="lpj-build-selftest-") as tmp:
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "LPJ_DATA_DIR")}
        # The report file goes to the temp folder: a windowed Windows exe has no stdout.
        env.update(TMP=tmp, TEMP=tmp, TMPDIR=tmp, QT_QPA_PLATFORM="offscreen")
        started = time.perf_counter()
        result = subprocess.run([str(frozen_executable()), "--self-test"], env=env, cwd=tmp,
                                capture_output=True, text=True, timeout=300)
        elapsed = time.perf_counter() - started
        report_file = Path(tmp) / "lpj-desktop-self-test.txt"
        report = report_file.read_text(encoding="utf-8") if report_file.exists() else result.stdout
    print(report)
    if result.returncode != 0:
        print(result.stderr, file=sys.stderr)
        raise SystemExit(f"the frozen self-test failed (exit {result.returncode})")
    print(f"frozen self-test: whole process {elapsed:.2f} s")
    return report


# --- Windows --------------------------------------------------------------------------------------


def windows_signing() -> list[str] | None:
    """signtool arguments when a certificate is configured, else None (signing skipped)."""
    pfx = os.environ.get("WINDOWS_CERT_FILE")
    if not pfx and os.environ.get("WINDOWS_CERT_PFX_BASE64"):
        pfx = str(Path(tempfile.gettempdir()) / "lpj-signing.pfx")
        Path(pfx).write_bytes(base64.b64decode(os.environ["WINDOWS_CERT_PFX_BASE64"]))
    if not pfx:
        print("Windows signing skipped: WINDOWS_CERT_FILE / WINDOWS_CERT_PFX_BASE64 not set (unsigned build)")
        return None
    args = ["sign", "/fd", "sha256", "/tr", TIMESTAMP_URL, "/td", "sha256", "/f", pfx]
    if os.environ.get("WINDOWS_CERT_PASSWORD"):
        args += ["/p", os.environ["WINDOWS_CERT_PASSWORD"]]
    return args


def signtool() -> str:
    found = os.environ.get("SIGNTOOL") or shutil.which("signtool")
    if found:
        return found
    kits = sorted(Path(r"C:\Program Files (x86)\Windows Kits\10\bin").glob("*/x64/signtool.exe"))
    if not kits:
        raise SystemExit("signtool.exe not found (Windows SDK); set SIGNTOOL")
    return str(kits[-1])


def iscc() -> str:
    found = os.environ.get("ISCC") or shutil.which("iscc")
    default = Path(r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe")
    if found:
        return found
    if default.exists():
        return str(default)
    raise SystemExit("Inno Setup's ISCC.exe not found: install Inno Setup 6 (choco install innosetup)")


def windows_installer(ver: str) -> Path:
    sign_args = windows_signing()
    cmd = [iscc(), f"/DAppVersion={ver}", f"/DSourceDir={BUNDLE}", f"/DOutputDir={DIST}"]
    if sign_args:
        tool = signtool()
        run([tool, *sign_args, str(BUNDLE / "lpj-desktop.exe")])
        # Inno signs the setup and the uninstaller with this command ($f = the file).
        cmd += [f"/Slpjsign={tool} {' '.join(sign_args)} $f", "/DSignTool=lpjsign"]
    run([*cmd, str(ROOT / "packaging" / "windows" / "lpj-desktop.iss")])
    return DIST / f"lpj-desktop-{ver}-setup.exe"


# --- macOS and Linux ------------------------------------------------------------------------------


def macos_dmg(ver: str) -> Path:
    script_dir = ROOT / "packaging" / "macos"
    run([str(script_dir / "sign_and_notarize.sh"), "app", str(APP)])
    run([str(script_dir / "make_dmg.sh"), str(APP), ver])
    return DIST / f"lpj-desktop-{ver}.dmg"


def linux_tarball(ver: str) -> Path:
    target = DIST / f"lpj-desktop-{ver}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(target, "w:gz") as tar:
        tar.add(BUNDLE, arcname=f"lpj-desktop-{ver}")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bundle-only", action="store_true", help="build and self-test the bundle only")
    parser.add_argument("--no-build", action="store_true", help="reuse the bundle already in dist/")
    args = parser.parse_args(argv)
    ver = version()
    if not args.no_build:
        build_bundle()
    self_test()
    made = [APP if sys.platform == "darwin" else BUNDLE]
    if not args.bundle_only:
        if sys.platform == "win32":
            made.append(windows_installer(ver))
        elif sys.platform == "darwin":
            made.append(macos_dmg(ver))
        else:
            made.append(linux_tarball(ver))
    print(f"\nlpj-desktop {ver} for {platform.system()}:")
    for path in made:
        print(f"  {path.relative_to(ROOT)}  {size_mb(path):.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
