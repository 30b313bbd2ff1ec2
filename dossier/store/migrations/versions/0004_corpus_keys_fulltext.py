"""The corpus actors' look-up keys (an update loads only the actors its new entities may
join, without their members), an index for the stored events a new report may join, and
the sentence full-text index built here rather than on the first search (SQLite FTS5 kept
by triggers; PostgreSQL a GIN index on the English text vector).

A view stored before the keys gets them when it is next opened whole (``load_corpus``).

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

EVENT_INDEX = ("ix_corpus_events_source_type_first_day", "corpus_events")
FTS_SQLITE = [
    "CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='pk')",
    "CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences BEGIN "
    "INSERT INTO sentences_fts(rowid, text) VALUES (new.pk, new.text); END",
    "CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN "
    "INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.pk, old.text); "
    "END",
    "INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild')",
]
FTS_POSTGRESQL = (
    "CREATE INDEX IF NOT EXISTS sentences_fts ON sentences USING GIN (to_tsvector('english', text))"
)


def upgrade() -> None:
    bind = op.get_bind()
    inspector = sa.inspect(bind)
    if "corpus_actor_keys" not in inspector.get_table_names():
        op.create_table(
            "corpus_actor_keys",
            sa.Column("key", sa.String(), primary_key=True),
            sa.Column("actor_id", sa.String(), primary_key=True, index=True),
            sa.Column("document_id", sa.String(), nullable=True),
            sa.Column("entity_id", sa.String(), nullable=True),
        )
    if EVENT_INDEX[0] not in {i["name"] for i in inspector.get_indexes(EVENT_INDEX[1])}:
        op.create_index(*EVENT_INDEX, ["source", "type", "first_day"])
    if bind.dialect.name == "postgresql":
        op.execute(FTS_POSTGRESQL)
    elif "sentences_fts" not in inspector.get_table_names():
        for statement in FTS_SQLITE:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS sentences_fts")
    else:
        for name in ("TRIGGER sentences_fts_insert", "TRIGGER sentences_fts_delete"):
            op.execute(f"DROP {name.replace(' ', ' IF EXISTS ')}")
        op.execute("DROP TABLE IF EXISTS sentences_fts")
    op.drop_index(*EVENT_INDEX, if_exists=True)

    op.drop_table("corpus_actor_keys")
