"""What the user sees of sync: login, the background worker, the status bar, the conflicts and
refused-changes pages, logout. `register.register_sync(window, store, paths)` wires it all in."""
