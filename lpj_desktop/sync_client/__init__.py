"""The app's sync engine: no Qt here. The GUI runs it in a worker; `lpj sync` runs it directly."""
