"""The database: one SQLAlchemy engine per URL and the declarative base every table uses.

In:  a SQLAlchemy URL (SQLite file under DOCGEN_HOME by default; PostgreSQL via DOCGEN_DATABASE_URL).
Out: ``engine(url)`` (cached, SQLite in WAL mode with a busy timeout so several processes share
     it), ``session(url)`` as a context manager that commits or rolls back, and ``create_all``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker


class Base(DeclarativeBase):
    pass


@lru_cache(maxsize=8)
def engine(url: str) -> Engine:
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        eng = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(eng, "connect")
        def _pragmas(dbapi_conn, _record):  # pragma: no cover - exercised by every sqlite test
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        return eng
    return create_engine(url, pool_pre_ping=True)


def create_all(url: str) -> Engine:
    """Create missing tables (never drops or alters existing ones)."""
    eng = engine(url)
    Base.metadata.create_all(eng)
    return eng


@contextmanager
def session(url: str) -> Iterator[Session]:
    factory = sessionmaker(bind=create_all(url), expire_on_commit=False)
    with factory() as s:
        try:
            yield s
            s.commit()
        except BaseException:
            s.rollback()
            raise
