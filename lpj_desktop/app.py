"""`lpj-desktop`: start the GUI."""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="lpj-desktop")
    parser.add_argument("--data-dir", help="use this folder for the local store instead of the default")
    args = parser.parse_args(argv)
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
