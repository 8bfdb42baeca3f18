"""Alembic environment for the local store. The app passes its own connection in."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from lpj_desktop.store.models import Base

config = context.config
target_metadata = Base.metadata


def _include(name, type_, reflected, compare_to, *_args) -> bool:  # type: ignore[no-untyped-def]
    # FTS5 virtual tables and their shadow tables are managed by hand in the migrations.
    return not (type_ == "table" and name and name.startswith("company_fts"))


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # `alembic` run by a developer: an explicit URL is required
        url = config.get_main_option("sqlalchemy.url")
        if not url:
            raise SystemExit("set sqlalchemy.url (alembic -x) or pass a connection from code")
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
        include_object=_include,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
