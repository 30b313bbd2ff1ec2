"""Indexes for the corpus queries (a sentence, an entity by its article and id, the events of
a sentence, the claims of a source) and the table of articles already in the corpus view.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

INDEXES = [
    ("ix_sentences_document_id_id", "sentences", ["document_id", "id"]),
    ("ix_entities_document_id_id", "entities", ["document_id", "id"]),
    ("ix_events_document_id_sentence", "events", ["document_id", "sentence"]),
    ("ix_attributions_document_id_source", "attributions", ["document_id", "source"]),
]


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    if "corpus_documents" not in inspector.get_table_names():
        op.create_table(
            "corpus_documents",
            sa.Column(
                "document_id",
                sa.String(),
                sa.ForeignKey("documents.id", ondelete="CASCADE"),
                primary_key=True,
            ),
        )
        # a corpus view stored before: its articles are those with members or event mentions
        op.execute(
            "INSERT INTO corpus_documents (document_id) SELECT DISTINCT document_id FROM "
            "corpus_members UNION SELECT DISTINCT document_id FROM corpus_event_mentions"
        )
    for name, table, columns in INDEXES:
        if name not in {index["name"] for index in inspector.get_indexes(table)}:
            op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _ in INDEXES:
        op.drop_index(name, table)
    op.drop_table("corpus_documents")
