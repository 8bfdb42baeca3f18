"""Reports written to files (PDF). No Qt: they run in workers and from the command line."""
