"""Sentences indexed by article and kind, so that the articles holding a kind of sentence
(questions, opinions) are known from the index alone when sentences naming an actor are
asked for by kind.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

KIND_INDEX = "ix_sentences_document_id_kind"


def upgrade() -> None:
    indexes = {index["name"] for index in sa.inspect(op.get_bind()).get_indexes("sentences")}
    if KIND_INDEX not in indexes:
        op.create_index(KIND_INDEX, "sentences", ["document_id", "kind"])


def downgrade() -> None:
    op.drop_index(KIND_INDEX, "sentences")
