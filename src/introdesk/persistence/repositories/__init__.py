"""Repositories: queries and row mapping. They never commit; the unit of work does."""
