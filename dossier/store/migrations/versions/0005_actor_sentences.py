"""What the sentences naming an actor are found by, newest first, without reading the
articles: each article of the view keeps its publication date, and the members are indexed
by actor with their article and entity (the index alone answers which articles name an
actor).

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

OLD_MEMBER_INDEX = "ix_corpus_members_actor_id"
MEMBER_INDEX = "ix_corpus_members_actor_id_document_id"
MEMBER_COLUMNS = ["actor_id", "document_id", "entity_id"]


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    if "published" not in {c["name"] for c in inspector.get_columns("corpus_documents")}:
        with op.batch_alter_table("corpus_documents") as table:
            table.add_column(sa.Column("published", sa.String(10), nullable=True))
        op.execute(
            "UPDATE corpus_documents SET published = "
            "(SELECT published FROM documents WHERE documents.id = corpus_documents.document_id)"
        )
    indexes = {index["name"] for index in inspector.get_indexes("corpus_members")}
    if MEMBER_INDEX not in indexes:
        op.create_index(MEMBER_INDEX, "corpus_members", MEMBER_COLUMNS)
    if OLD_MEMBER_INDEX in indexes:
        op.drop_index(OLD_MEMBER_INDEX, "corpus_members")


def downgrade() -> None:
    op.create_index(OLD_MEMBER_INDEX, "corpus_members", ["actor_id"])
    op.drop_index(MEMBER_INDEX, "corpus_members")
    with op.batch_alter_table("corpus_documents") as table:
        table.drop_column("published")
