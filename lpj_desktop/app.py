"""`lpj-desktop`: start the GUI."""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="lpj-desktop")
    parser.add_argument("--data-dir", help="use this folder for the local store instead of the default")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation on a temporary data folder and exit (0 = ok)")
    parser.add_argument("--keep", action="store_true", help="with --self-test: keep the temporary folder")
    args = parser.parse_args(argv)
    if args.self_test:
        from lpj_desktop.selftest import run_self_test

        return run_self_test(keep=args.keep)
    from PySide6.QtWidgets import QApplication, QLabel

    from lpj_desktop.paths import app_paths
    from lpj_desktop.store.database import open_store

    store = open_store(app_paths(args.data_dir))
    app = QApplication(sys.argv[:1])
    label = QLabel(f"lpj-desktop: {store.path}")
    label.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
