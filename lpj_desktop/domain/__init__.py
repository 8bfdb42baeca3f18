"""Domain rules in plain Python: no Qt and no SQL, fast to test."""
