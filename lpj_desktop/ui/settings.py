"""Settings of the app (window state, column layout, language) in an INI file beside the data."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from lpj_desktop.paths import AppPaths


def app_settings(paths: AppPaths) -> QSettings:
    """QSettings kept in the config dir of these paths, so each --data-dir has its own settings."""
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    return QSettings(str(paths.config_dir / "lpj-desktop.ini"), QSettings.Format.IniFormat)


def language(paths: AppPaths) -> str:
    return str(app_settings(paths).value("ui/language", "nb"))


def set_language(paths: AppPaths, lang: str) -> None:
    s = app_settings(paths)
    s.setValue("ui/language", lang)
    s.sync()


PHOTO_MAX_SIDE_DEFAULT = 2560


def photo_max_side(paths: AppPaths) -> int:
    """The longest side a photo is scaled to when attached (`attach/photoMaxSide` in the INI file;
    at least 640 px, so a typo cannot make every photo a stamp)."""
    try:
        value = int(str(app_settings(paths).value("attach/photoMaxSide", PHOTO_MAX_SIDE_DEFAULT)))
    except ValueError:
        return PHOTO_MAX_SIDE_DEFAULT
    return max(640, value)
