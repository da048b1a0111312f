"""The services container is built once, by constructor injection, and never rewired."""

from __future__ import annotations

import dataclasses

import pytest

from introdesk.services.container import Services
from introdesk.services.reports import ReportSources


def test_the_container_cannot_be_rewired(services: Services) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        services.plans = services.plans  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        ReportSources().training = None  # type: ignore[misc]


def test_no_service_has_a_setter_or_a_public_wire(services: Services) -> None:
    """What a service depends on is given to its constructor and kept private: there is no
    ``set_test_history``-style setter and no public attribute to assign another service to."""
    for field in dataclasses.fields(services):
        service = getattr(services, field.name)
        if service is None:
            continue
        if dataclasses.is_dataclass(service):
            assert type(service).__dataclass_params__.frozen, field.name  # type: ignore[attr-defined]
            continue
        public = [name for name in vars(service) if not name.startswith("_")]
        assert public == [], f"{field.name} exposes {public}"
        held = set(vars(service))
        rewiring = [
            name
            for name in dir(service)
            if name.startswith("set_") and {name[4:], f"_{name[4:]}"} & held
        ]
        assert rewiring == [], f"{field.name} has setters {rewiring}"
