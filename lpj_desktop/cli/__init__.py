"""The `lpj` command line."""
