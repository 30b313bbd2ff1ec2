"""Alembic environment: migrations run on the connection the Store opened (its write lock
held), or on the URL of ``sqlalchemy.url`` when run from the ``alembic`` command."""

from alembic import context
from sqlalchemy import create_engine

from dossier.store.models import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, target_metadata=target_metadata)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as own:
        context.configure(connection=own, target_metadata=target_metadata)
        with context.begin_transaction():
            context.run_migrations()


run()
