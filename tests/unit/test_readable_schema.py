"""Which older schemas this program still reads without upgrading them (brief issue 16: a login
without schema rights "can still read if the schema is compatible")."""

from __future__ import annotations

import pytest

from introdesk.persistence import migrate
from introdesk.persistence.migrate import SchemaStatus


def status(current: str | None, *, known: bool = True) -> SchemaStatus:
    return SchemaStatus(current=current, head=migrate.head_revision(), known=known)


def test_the_oldest_readable_revision_is_in_the_chain() -> None:
    scripts = migrate.script_directory()
    chain = [s.revision for s in scripts.walk_revisions()]
    assert migrate.OLDEST_READABLE_REVISION in chain


def test_only_revisions_from_the_oldest_readable_one_are_readable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chain = [s.revision for s in migrate.script_directory().walk_revisions()]  # newest first
    head, before_head, older = chain[0], chain[1], chain[2]
    assert status(head).readable
    monkeypatch.setattr(migrate, "OLDEST_READABLE_REVISION", before_head)
    assert status(before_head).readable
    assert not status(older).readable
    assert not status(None).readable  # an empty database has nothing to read
    assert not status("29991231_0001", known=False).readable  # written by a newer program


def test_a_new_migration_decides_whether_older_databases_stay_readable() -> None:
    """A migration newer than ``OLDEST_READABLE_REVISION`` says so in its module
    (``READ_COMPATIBLE = True``: it adds nothing this program reads); otherwise its author
    must move ``OLDEST_READABLE_REVISION`` to it, or a non-admin would read a schema the
    program's queries do not fit."""
    scripts = migrate.script_directory()
    newer = [
        s
        for s in scripts.walk_revisions(base=migrate.OLDEST_READABLE_REVISION, head="heads")
        if s.revision != migrate.OLDEST_READABLE_REVISION
    ]
    undecided = [
        s.revision for s in newer if getattr(s.module, "READ_COMPATIBLE", False) is not True
    ]
    assert undecided == []
