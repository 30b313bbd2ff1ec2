"""Baseline: the schema of dossier 0.1 before migrations (documents and one table per
layer), as ``create_all`` made it. A database without a version is stamped here.

Revision ID: 0001
Revises:
"""

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Nothing: databases of this shape were made before migrations existed."""


def downgrade() -> None:
    """Nothing below the baseline."""
