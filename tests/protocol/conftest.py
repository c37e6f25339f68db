"""Shared helpers for the checker tests (pure: no database)."""

from __future__ import annotations

from datetime import date

import pytest

TODAY = date(2024, 5, 1)  # a Wednesday


@pytest.fixture
def today() -> date:
    return TODAY
