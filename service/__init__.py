"""The Flask service: ``create_app(config)`` — an app factory with one blueprint per area.

In:  a config mapping (tests) on top of ``docgen.config.Settings`` from the environment.
Out: a Flask app. The library (``docgen``) never imports Flask; everything web lives here.
"""

from __future__ import annotations

import importlib
import logging
import secrets
import sys
from collections.abc import Mapping
from typing import Any

from flask import Flask

from docgen.config import Settings

# Blueprint modules, each exposing ``bp``. Adding an area = one module + one name here.
BLUEPRINTS = ["service.health"]


def _secret_key(settings: Settings) -> str:
    if settings.secret_key:
        return settings.secret_key
    path = settings.ensure_home() / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(48))
        path.chmod(0o600)
    return path.read_text().strip()


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    app = Flask(__name__)
    env = dict(config.get("ENV", {})) if config and "ENV" in config else None
    settings = Settings.from_env(env) if env is not None else Settings.from_env()
    if config and "DOCGEN_HOME" in config:
        settings = Settings.from_env({**(env or {}), "DOCGEN_HOME": str(config["DOCGEN_HOME"])})
    app.config.update(
        DOCGEN=settings,
        SECRET_KEY=_secret_key(settings),
        MAX_CONTENT_LENGTH=settings.max_upload_mb * 1024 * 1024,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
    )
    if config:
        app.config.update({k: v for k, v in config.items() if k not in ("ENV", "DOCGEN_HOME")})
    if not app.logger.handlers or app.logger.handlers == []:
        handler = logging.StreamHandler(sys.stdout)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        app.logger.addHandler(handler)
    app.logger.setLevel(logging.INFO)
    for name in BLUEPRINTS:
        app.register_blueprint(importlib.import_module(name).bp)
    return app
