"""The central sync server (`lpj-server`): FastAPI over SQLAlchemy, PostgreSQL or SQLite.

Module map: config (settings), db (engine, reader/writer transactions and the write lock),
models (tables), migrate (Alembic), meta (epoch), auth (passwords, tokens, login throttle),
access (who may read and write what), merge (field-level merge, pure), push / pull / snapshot
(the sync endpoints' work), users (account administration), app (the HTTP layer), cli.
"""
