"""Indexes for the corpus queries: a sentence, an entity by its article and id, the events of
a sentence, the claims of a source.

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
    for name, table, columns in INDEXES:
        if name not in {index["name"] for index in inspector.get_indexes(table)}:
            op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _ in INDEXES:
        op.drop_index(name, table)
