"""The Qt views. Conventions for everyone adding to them:

- Source strings are written in Norwegian Bokmål (the default language) and go through `self.tr()`
  or `QCoreApplication.translate(context, "literal")` (lupdate only sees literals); English lives in
  `resources/i18n/lpj_en.ts`. After adding strings run `python -m lpj_desktop.ui.i18n` (lupdate +
  lrelease), translate the new entries in lpj_en.ts (Qt Linguist or by hand), run it again.
- Stored enum values are never shown: `ui.labels` turns them into words; problem keys from the
  domain and services go through `labels.problem(key)` and show under their field (`FieldError`).
- Dialog buttons come from `widgets.save_cancel_buttons()` (Qt has no Bokmål catalogue of its own);
  keyboard-first forms subclass `widgets.FormDialog` (Enter moves on, Ctrl+Enter saves).
- Views call services; no SQL and no business rules here. Anything that may take longer than a
  frame runs through `ui.workers` (`Job` + `run_job`), results come back on the main thread.
- The main window: `add_page(key, title, widget, shortcut)`, `tools_menu`, `set_sync_status(text)`;
  after changing data emit `MainWindow.bus.changed` and every page with a `refresh()` catches up.
"""
