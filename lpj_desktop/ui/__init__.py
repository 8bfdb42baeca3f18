"""The Qt views. Conventions for everyone adding to them:

- Source strings are written in Norwegian Bokmål (the default language) and go through `self.tr()`
  or `QCoreApplication.translate(context, ...)`; English lives in `resources/i18n/lpj_en.ts`
  (`python -m lpj_desktop.ui.i18n --update` runs lupdate/lrelease).
- Stored enum values are never shown: `ui.labels` turns them into words.
- Views call services; no SQL and no business rules here. Long work goes through `ui.workers`.
- After changing data, emit `MainWindow.bus.changed` so every page refreshes what it shows.
"""
