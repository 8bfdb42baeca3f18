"""Alembic environment for the server database. `sync.server.migrate` passes its connection in."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from sync.server.models import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # `alembic` run by a developer: an explicit URL is required
        url = config.get_main_option("sqlalchemy.url")
        if not url:
            raise SystemExit("set sqlalchemy.url or pass a connection from code")
        with create_engine(url).connect() as conn:
            _configure_and_run(conn)
            conn.commit()
    else:
        _configure_and_run(connection)


def _configure_and_run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        version_table="server_alembic_version",
    )
    with context.begin_transaction():
        context.run_migrations()


run()
