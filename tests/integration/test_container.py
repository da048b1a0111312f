"""The services container is built once, by constructor injection, and never rewired."""

from __future__ import annotations

import dataclasses

import pytest

from introdesk.services.container import SERVICE_NAMES, Services
from introdesk.services.reports import ReportSources


def test_the_container_cannot_be_rewired(services: Services) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        services.plans = services.plans  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        services.benefit = services.benefit  # type: ignore[misc]  # built already
    with pytest.raises(dataclasses.FrozenInstanceError):
        ReportSources().training = None  # type: ignore[misc]


def test_no_service_has_a_setter_or_a_public_wire(services: Services) -> None:
    """What a service depends on is given to its constructor and kept private: there is no
    ``set_test_history``-style setter and no public attribute to assign another service to."""
    for field in SERVICE_NAMES:
        service = getattr(services, field)
        if dataclasses.is_dataclass(service):
            assert type(service).__dataclass_params__.frozen, field  # type: ignore[attr-defined]
            continue
        public = [name for name in vars(service) if not name.startswith("_")]
        assert public == [], f"{field} exposes {public}"
        held = set(vars(service))
        rewiring = [
            name
            for name in dir(service)
            if name.startswith("set_") and {name[4:], f"_{name[4:]}"} & held
        ]
        assert rewiring == [], f"{field} has setters {rewiring}"


def test_each_service_is_built_once_and_shared(services: Services) -> None:
    """Built on first use (issue 18), then the same object: a service another one depends on
    is the one the container hands out."""
    assert len(SERVICE_NAMES) == 18
    assert services.plans is services.plans
    assert services.reports is services.reports
    assert services.benefit is services.benefit


def test_a_service_is_built_once_when_threads_ask_together(services: Services) -> None:
    import threading

    seen: list[object] = []
    barrier = threading.Barrier(4)

    def ask() -> None:
        barrier.wait()
        seen.append(services.training)

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == 4
    assert all(found is seen[0] for found in seen)
