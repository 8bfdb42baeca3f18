"""Services: what the app does, on top of the store and the domain. No Qt here."""
