"""The server's HTTP routes, grouped by area as in the FastAPI templates: `server` (health,
version), `auth` (login, logout, me), `sync` (push, pull, snapshot, a client's state) and
`admin` (users). What they share — the caller, the server's parts, the version headers, bodies
parsed in one pass — is in `deps`. Routes stay thin: the work is in auth, push, pull, snapshot
and users."""
