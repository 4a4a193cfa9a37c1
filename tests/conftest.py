"""Shared fixtures: an isolated DOCGEN_HOME per test, and the Flask ``app``/``client`` (flaskr style)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from service import create_app


@pytest.fixture
def home(tmp_path, monkeypatch):
    h = tmp_path / "home"
    monkeypatch.setenv("DOCGEN_HOME", str(h))
    monkeypatch.delenv("DOCGEN_DATABASE_URL", raising=False)
    return h


@pytest.fixture
def app(home):
    return create_app({"TESTING": True, "WTF_CSRF_ENABLED": False, "DOCGEN_HOME": str(home)})


@pytest.fixture
def client(app):
    return app.test_client()


def need(tool: str) -> str:
    """Path of an external tool the test needs; in CI its absence is a failure, not a skip."""
    path = shutil.which(tool)
    if path is None:
        pytest.fail(f"{tool} is required (see .ci/run)")
    return path


def run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, check=True, capture_output=True, **kw)
