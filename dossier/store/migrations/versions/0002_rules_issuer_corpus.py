"""Rule ids on entities, events and attributions; author and issuer on documents; the
opinion holder on sentences; the corpus view's tables.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

NEW_COLUMNS = [
    ("documents", sa.Column("author", sa.Text(), nullable=True)),
    ("documents", sa.Column("issuer", sa.Text(), nullable=True)),
    ("sentences", sa.Column("opinion_holder", sa.String(), nullable=True)),
    ("entities", sa.Column("rules", sa.JSON(), nullable=True)),
    ("events", sa.Column("rules", sa.JSON(), nullable=True)),
    ("attributions", sa.Column("rules", sa.JSON(), nullable=True)),
]


def _document_key(name: str) -> sa.Column:
    return sa.Column(
        name, sa.String(), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )


def upgrade() -> None:
    """Columns and tables already there (a database made by a development version between
    the two revisions) are left as they are."""
    inspector = sa.inspect(op.get_bind())
    for table, column in NEW_COLUMNS:
        if column.name not in {c["name"] for c in inspector.get_columns(table)}:
            op.add_column(table, column)
    if "ix_documents_issuer" not in {i["name"] for i in inspector.get_indexes("documents")}:
        op.create_index("ix_documents_issuer", "documents", ["issuer"])
    if "corpus_actors" in inspector.get_table_names():
        return
    op.create_table(
        "corpus_actors",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("name", sa.Text(), nullable=False, index=True),
        sa.Column("type", sa.String(32), nullable=False, index=True),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.Column("codes", sa.JSON(), nullable=False),
        sa.Column("articles", sa.Integer(), nullable=False),
    )
    op.create_table(
        "corpus_actor_names",
        sa.Column("actor_id", sa.String(), primary_key=True),
        sa.Column("key", sa.String(), primary_key=True, index=True),
    )
    op.create_table(
        "corpus_members",
        _document_key("document_id"),
        sa.Column("entity_id", sa.String(), primary_key=True),
        sa.Column("actor_id", sa.String(), nullable=False, index=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("joined_document", sa.String(), nullable=True),
        sa.Column("joined_entity", sa.String(), nullable=True),
    )
    op.create_table(
        "corpus_events",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("type", sa.String(32), nullable=False, index=True),
        sa.Column("source", sa.String(), nullable=True, index=True),
        sa.Column("target", sa.String(), nullable=True, index=True),
        sa.Column("location", sa.String(), nullable=True),
        sa.Column("mode", sa.String(16), nullable=False, index=True),
        sa.Column("first_day", sa.String(10), nullable=True, index=True),
        sa.Column("last_day", sa.String(10), nullable=True),
        sa.Column("num_mentions", sa.Integer(), nullable=False),
        sa.Column("num_articles", sa.Integer(), nullable=False, index=True),
        sa.Column("num_sources", sa.Integer(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
    )
    op.create_table(
        "corpus_event_mentions",
        _document_key("document_id"),
        sa.Column("event_id", sa.String(), primary_key=True),
        sa.Column("corpus_event_id", sa.String(), nullable=False, index=True),
    )


def downgrade() -> None:
    for table in ("corpus_event_mentions", "corpus_events", "corpus_members"):
        op.drop_table(table)
    op.drop_table("corpus_actor_names")
    op.drop_table("corpus_actors")
    op.drop_index("ix_documents_issuer", "documents")
    for table, column in reversed(NEW_COLUMNS):
        with op.batch_alter_table(table) as batch:
            batch.drop_column(column.name)
