"""Settings from ``DOCGEN_*`` environment variables, with the embedded defaults.

In:  the process environment (or an explicit mapping, for tests).
Out: a frozen ``Settings``. Nothing here creates files; ``Settings.ensure_home()`` does, when asked.

| variable | default | meaning |
|---|---|---|
| DOCGEN_HOME | ``var/`` in the checkout | all persistent state: database, keys, job files, fonts you add |
| DOCGEN_DATABASE_URL | ``sqlite:///$DOCGEN_HOME/docgen.sqlite3`` | SQLAlchemy URL (PostgreSQL for scale-out) |
| DOCGEN_BASE_URL | ``http://127.0.0.1:8000`` | public URL printed in QR codes and links |
| DOCGEN_REDIS_URL | unset | run jobs on RQ workers instead of in-process |
| DOCGEN_SECRET_KEY | generated once under DOCGEN_HOME | Flask session signing |
| DOCGEN_MAX_UPLOAD_MB | 20 | upload size limit |
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    home: Path
    database_url: str
    base_url: str
    redis_url: str | None
    secret_key: str | None
    max_upload_mb: int

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        home = Path(env.get("DOCGEN_HOME") or CHECKOUT / "var").resolve()
        return cls(
            home=home,
            database_url=env.get("DOCGEN_DATABASE_URL") or f"sqlite:///{home / 'docgen.sqlite3'}",
            base_url=(env.get("DOCGEN_BASE_URL") or "http://127.0.0.1:8000").rstrip("/"),
            redis_url=env.get("DOCGEN_REDIS_URL") or None,
            secret_key=env.get("DOCGEN_SECRET_KEY") or None,
            max_upload_mb=int(env.get("DOCGEN_MAX_UPLOAD_MB") or 20),
        )

    def ensure_home(self) -> Path:
        self.home.mkdir(parents=True, exist_ok=True)
        return self.home
