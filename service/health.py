"""``GET /healthz``: the service answers, the fonts are there, the database opens."""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify
from sqlalchemy import text

from docgen import fonts
from docgen.registry import db

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz():
    settings = current_app.config["DOCGEN"]
    roles = sorted(fonts.font_set().primary)
    with db.engine(settings.database_url).connect() as conn:
        conn.execute(text("SELECT 1"))
    ok = set(roles) == set(fonts.ROLES)
    return jsonify(status="ok" if ok else "degraded", fonts=roles), (200 if ok else 503)
