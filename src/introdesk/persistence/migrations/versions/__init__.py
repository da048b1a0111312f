"""Alembic revisions, named YYYYMMDD_NNNN_slug."""
